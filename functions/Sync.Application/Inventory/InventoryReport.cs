namespace Sync.Application.Inventory;

/// <summary>ALL-1: what one reconcile run found and did, for the operator.</summary>
/// <param name="Full">True when every POS inventory row was read (no watermark yet).</param>
/// <param name="Unmatched">SKUs with no unique counterpart on the other side (INV-6), never guessed.</param>
/// <param name="Unconfirmed">ALL-4: SKUs left as they are because their POS inventory read was empty or partial.</param>
public sealed record InventoryReport(
    DateTimeOffset At,
    bool Full,
    int Checked,
    int Drifted,
    int Repaired,
    IReadOnlyList<string> Unmatched,
    IReadOnlyList<string> Ambiguous,
    IReadOnlyList<string>? Unconfirmed = null);
