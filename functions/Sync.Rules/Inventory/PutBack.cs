namespace Sync.Rules.Inventory;

/// INV-5: manual stock edits in eCom are put back to the POS value.
public static class PutBack
{
    /// posLevel is OnlineStockLevel's answer, which does not yet count the unrecorded orders, so they
    /// are taken off the level to write: a put-back never re-opens stock an online order just took.
    public static EcomLevelVerdict Judge(
        OnlineStock observed, OnlineStock? lastWritten, UnrecordedOrders orders, OnlineStock posLevel)
    {
        var target = Less(posLevel, orders);
        if (observed == target)
        {
            return new EcomLevelVerdict.InStep();
        }

        return lastWritten is not null && observed == Less(lastWritten, orders)
            ? new EcomLevelVerdict.ExplainedByOrders(target)
            : new EcomLevelVerdict.ManualEdit(target);
    }

    private static OnlineStock Less(OnlineStock level, UnrecordedOrders orders) => level switch
    {
        OnlineStock.Quantity q => OnlineStock.Of(q.Value - orders.Quantity),
        _ => level,
    };
}
