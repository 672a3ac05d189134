namespace Sync.Rules.Status;

/// ST-1..ST-12: what a status change on one platform does to the other. Guards, then the table.
public static class StatusTransitions
{
    public static StatusDecision Decide(OrderSyncState order, StatusChange change)
    {
        if (change is StatusChange.AllPosFulfillments or StatusChange.PosRefundReview)
        {
            throw new ArgumentException($"{change} is a write, never a change seen on a platform.", nameof(change));
        }

        if (order.Written.Echoes(change))
        {
            return new StatusDecision.Ignored("ST-12", "our own write coming back");
        }

        if (!order.IsAhead(change))
        {
            return new StatusDecision.Ignored("ALL-1", "late, repeated or reordered: the order is already past it");
        }

        var decision = StatusTable.Rows.First(row =>
            row.Direction == change.Direction
            && row.Source.Matches(change)
            && row.Kinds.HasFlag(order.Kind)
            && order.Satisfies(row.When, change)).Decision;
        return decision is StatusDecision.Sync sync ? OnlyForward(sync, order) : decision;
    }

    // A write that would not move the other platform forward is left out: it is there already.
    private static StatusDecision OnlyForward(StatusDecision.Sync sync, OrderSyncState order)
    {
        var writes = sync.Writes.Where(order.IsAhead).ToList();
        return writes.Count > 0
            ? sync with { Writes = writes }
            : new StatusDecision.NoSync(sync.RuleId, $"{sync.Reason}: already in step");
    }
}
