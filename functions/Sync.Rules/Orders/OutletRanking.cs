namespace Sync.Rules.Orders;

/// ORD-7's tie-break: configured priority first (unlisted outlets after listed ones), then the online
/// register's outlet, then outlet id (ordinal).
public sealed class OutletRanking(AllocationSettings settings) : IComparer<string>
{
    public int Compare(string? x, string? y)
    {
        var byPriority = Priority(x).CompareTo(Priority(y));
        var byOnline = IsOnline(y).CompareTo(IsOnline(x));
        return byPriority != 0 ? byPriority : byOnline != 0 ? byOnline : string.CompareOrdinal(x, y);
    }

    public IReadOnlyList<string> Order(IEnumerable<string> outletIds) => outletIds.Order(this).ToList();

    private int Priority(string? outletId) =>
        settings.OutletPriority.ToList().IndexOf(outletId!) is var i and >= 0 ? i : int.MaxValue;

    private bool IsOnline(string? outletId) => outletId == settings.OnlineRegisterOutletId;
}
