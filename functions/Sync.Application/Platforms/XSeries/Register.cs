namespace Sync.Application.Platforms.XSeries;

public sealed record Register(string Id, string Name, string OutletId);
