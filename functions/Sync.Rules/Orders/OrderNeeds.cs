namespace Sync.Rules.Orders;

/// The total quantity an order needs of each product (several lines may share one product).
public static class OrderNeeds
{
    public static IReadOnlyDictionary<string, int> ByProduct(IEnumerable<OrderLine> lines) =>
        lines.GroupBy(l => l.ProductId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity), StringComparer.Ordinal);

    public static bool HeldInFull(AllocationRequest order, string outletId) =>
        ByProduct(order.Lines).All(need => order.Stock.Held(outletId, need.Key) >= need.Value);
}
