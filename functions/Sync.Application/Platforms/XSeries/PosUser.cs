namespace Sync.Application.Platforms.XSeries;

/// <summary>A staff member; an empty <see cref="OutletIds"/> means the user may use every outlet.</summary>
public sealed record PosUser(string Id, string DisplayName, string AccountType, IReadOnlyList<string> OutletIds)
{
    public bool MayUse(string outletId) => OutletIds.Count == 0 || OutletIds.Contains(outletId);
}
