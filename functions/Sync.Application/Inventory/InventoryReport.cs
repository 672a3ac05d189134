namespace Sync.Application.Inventory;

/// <summary>ALL-1: what one reconcile run found and did, for the operator.</summary>
/// <param name="Full">True when every POS inventory row was read (no watermark yet).</param>
/// <param name="Unmatched">SKUs with no unique counterpart on the other side (INV-6), never guessed: the first <see cref="ListedAtMost"/>.</param>
/// <param name="Unconfirmed">ALL-4: SKUs left as they are because their POS inventory read was empty or partial.</param>
/// <param name="Counts">How many SKUs each list had before it was cut to <see cref="ListedAtMost"/>.</param>
public sealed record InventoryReport(
    DateTimeOffset At,
    bool Full,
    int Checked,
    int Drifted,
    int Repaired,
    IReadOnlyList<string> Unmatched,
    IReadOnlyList<string> Ambiguous,
    IReadOnlyList<string>? Unconfirmed = null,
    InventoryReportCounts? Counts = null)
{
    /// <summary>A report stays one small record (a Table property holds 64 KB) however large the catalogue.</summary>
    public const int ListedAtMost = 200;

    public static InventoryReport Of(
        DateTimeOffset at, bool full, int @checked, int drifted, int repaired,
        IReadOnlyList<string> unmatched, IReadOnlyList<string> ambiguous, IReadOnlyList<string> unconfirmed) =>
        new(at, full, @checked, drifted, repaired, [.. unmatched.Take(ListedAtMost)], [.. ambiguous.Take(ListedAtMost)],
            [.. unconfirmed.Take(ListedAtMost)], new InventoryReportCounts(unmatched.Count, ambiguous.Count, unconfirmed.Count));
}
