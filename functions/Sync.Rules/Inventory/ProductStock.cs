namespace Sync.Rules.Inventory;

/// What POS and our own records say about one product, for INV-2/6/7/9.
/// InFlightReserved: quantities of eCom orders accepted but not yet recorded as POS sales (INV-7).
public sealed record ProductStock(
    bool HasInventory,
    IReadOnlyList<OutletLevel> Levels,
    int InFlightReserved,
    StockBuffers Buffers);
