namespace Sync.Rules.Inventory;

/// INV-1: only connected outlets take part; the online register's outlet always does.
public sealed record ConnectedOutlets
{
    private ConnectedOutlets(IReadOnlySet<string> ids) => Ids = ids;

    public IReadOnlySet<string> Ids { get; }

    public static ConnectedOutlets Of(IEnumerable<string> configured, string onlineRegisterOutletId) =>
        new(new HashSet<string>(configured.Append(onlineRegisterOutletId), StringComparer.Ordinal));

    public bool Contains(string outletId) => Ids.Contains(outletId);
}
