namespace Sync.Rules.Inventory;

/// INV-1, INV-2, INV-6, INV-7, INV-9: the level eCom should show for one product.
public static class OnlineStockLevel
{
    /// Decision: each outlet counts max(0, level − outlet buffer), so a negative level counts as 0 (INV-2)
    /// and one outlet's buffer never eats another outlet's stock. The product buffer (INV-9) and the
    /// in-flight reservations (INV-7) come off the sum; the result is floored at 0.
    /// Decision: fractional POS levels are rounded down per outlet: eCom quantities are whole.
    public static OnlineStock Compute(ProductStock product, ConnectedOutlets connected)
    {
        if (!product.HasInventory)
        {
            return OnlineStock.Unlimited;
        }

        var sum = product.Levels
            .Where(row => connected.Contains(row.OutletId))
            .Sum(row => Math.Max(0, (int)Math.Floor(row.Level) - product.Buffers.ForOutlet(row.OutletId)));
        return OnlineStock.Of(sum - product.Buffers.ProductBuffer - product.InFlightReserved);
    }
}
