namespace Sync.Application.Platforms.XSeries;

public sealed record PaymentType(string Id, string Name, int TypeId);
