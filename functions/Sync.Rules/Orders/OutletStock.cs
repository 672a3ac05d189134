namespace Sync.Rules.Orders;

/// Stock per outlet per product (outlet id → product id → quantity) for allocation.
public sealed record OutletStock(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ByOutlet)
{
    /// A negative level holds nothing (as in INV-2).
    public int Held(string outletId, string productId) =>
        ByOutlet.TryGetValue(outletId, out var products) ? Math.Max(0, products.GetValueOrDefault(productId)) : 0;
}
