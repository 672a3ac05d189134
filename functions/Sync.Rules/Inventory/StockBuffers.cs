namespace Sync.Rules.Inventory;

/// INV-9: safety stock held back from eCom, per product and per outlet; default 0.
public sealed record StockBuffers(int ProductBuffer, IReadOnlyDictionary<string, int> OutletBuffers)
{
    public static StockBuffers None { get; } = new(0, new Dictionary<string, int>());

    public int ForOutlet(string outletId) => OutletBuffers.GetValueOrDefault(outletId);
}
