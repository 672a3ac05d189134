namespace Sync.Platforms.XSeries.Wire;

internal sealed record XOutlet(string Id, string Name, long Version);

internal sealed record XRegister(string Id, string Name, string OutletId, long Version);

internal sealed record XPaymentType(string Id, string Name, int TypeId, long Version);

internal sealed record XUser(string Id, string Username, string? DisplayName, string AccountType, IReadOnlyList<string>? RestrictedOutletIds, long Version);
