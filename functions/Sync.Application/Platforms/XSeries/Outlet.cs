namespace Sync.Application.Platforms.XSeries;

public sealed record Outlet(string Id, string Name);
