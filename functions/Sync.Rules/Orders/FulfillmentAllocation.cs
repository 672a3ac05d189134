namespace Sync.Rules.Orders;

/// ORD-6, ORD-7, ORD-8: which connected outlets fulfil an eCom order, and with what.
public static class FulfillmentAllocation
{
    public static AllocationResult Allocate(AllocationRequest order, AllocationSettings settings)
    {
        if (order.Lines.Count == 0 || order.Lines.Any(l => l.Quantity <= 0))
        {
            throw new ArgumentException("An order to allocate needs lines with positive quantities.", nameof(order));
        }

        var ranking = new OutletRanking(settings);
        return ToShippingMethodOutlet(order, settings)
            ?? ToOneOutletHoldingEverything(order, ranking)
            ?? SplitAcrossOutlets.Allocate(order, ranking);
    }

    /// ORD-6: the whole order goes to the shipping method's outlet, short or not.
    /// Decision: method names match trimmed and case-insensitively; a mapping to an outlet that is not
    /// connected is ignored (INV-1: only connected outlets take part).
    private static AllocationResult? ToShippingMethodOutlet(AllocationRequest order, AllocationSettings settings)
    {
        var outletId = settings.ShippingMethodOutlets
            .FirstOrDefault(m => string.Equals(m.Key.Trim(), order.ShippingMethodName?.Trim(), StringComparison.OrdinalIgnoreCase))
            .Value;
        return outletId is not null && order.Connected.Contains(outletId)
            ? new AllocationResult([Whole(order, outletId)], Backorder: !OrderNeeds.HeldInFull(order, outletId), "ORD-6")
            : null;
    }

    /// ORD-7: one connected outlet that holds everything, the best ranked if several do.
    private static AllocationResult? ToOneOutletHoldingEverything(AllocationRequest order, OutletRanking ranking) =>
        ranking.Order(order.Connected.Ids).FirstOrDefault(o => OrderNeeds.HeldInFull(order, o)) is { } outletId
            ? new AllocationResult([Whole(order, outletId)], Backorder: false, "ORD-7")
            : null;

    private static OutletAllocation Whole(AllocationRequest order, string outletId) =>
        new(outletId, order.Lines.Select(l => new AllocatedLine(l.LineId, l.ProductId, l.Quantity)).ToList());
}
