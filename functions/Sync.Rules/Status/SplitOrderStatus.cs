using Sync.Rules.Orders;

namespace Sync.Rules.Status;

/// ST-11: a split order shows in eCom the least advanced state of its fulfillments (Shipped only when
/// every part has shipped). Read from the status table, so the mapping lives in one place.
public static class SplitOrderStatus
{
    /// The eCom fulfillment status to show, or null when the least advanced part has no eCom status.
    public static EcomFulfillmentStatus? EcomStatusToShow(OrderKind kind, IEnumerable<PosFulfillmentState> parts)
    {
        var least = new StatusChange.PosFulfillment("", parts.Min());
        var row = StatusTable.Rows.FirstOrDefault(r =>
            r.When == StatusCondition.Always && r.Source.Matches(least) && r.Kinds.HasFlag(kind));
        return row?.Decision is StatusDecision.Sync sync
            ? sync.Writes.OfType<StatusChange.EcomFulfillment>().Single().Status
            : null;
    }
}
