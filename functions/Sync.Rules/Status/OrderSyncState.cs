using Sync.Rules.Orders;

namespace Sync.Rules.Status;

/// What the service knows of one order on both platforms: the statuses last seen or written, the POS
/// fulfillment state of each part (one per outlet, ST-11), and what it last wrote (ST-12).
public sealed record OrderSyncState(
    OrderKind Kind,
    EcomPaymentStatus EcomPayment,
    EcomFulfillmentStatus EcomFulfillment,
    PosSaleState PosSale,
    PosPaymentState PosPayment,
    IReadOnlyDictionary<string, PosFulfillmentState> PosFulfillments,
    LastWritten Written)
{
    /// ST-8: canceled in eCom or voided in POS.
    public bool IsLocked => EcomPayment == EcomPaymentStatus.Cancelled || PosSale == PosSaleState.Voided;

    /// Would this change move the order forward on its platform? (ALL-1)
    public bool IsAhead(StatusChange change) => Compare(change) > 0;

    public bool Satisfies(StatusCondition condition, StatusChange change) => condition switch
    {
        StatusCondition.OrderLocked => IsLocked,
        StatusCondition.SaleClosed => PosSale == PosSaleState.Closed,
        StatusCondition.SaleUnpaid => PosPayment == PosPaymentState.Unpaid,
        StatusCondition.OtherPartsBehind => change is StatusChange.PosFulfillment c && PosFulfillments
            .Any(p => p.Key != c.FulfillmentId && StatusRank.Of(p.Value) < StatusRank.Of(c.State)),
        _ => true,
    };

    /// The order after a change seen or written. Guarded: refuses to move any status backwards.
    public OrderSyncState Advance(StatusChange change)
    {
        var comparison = Compare(change);
        if (comparison < 0)
        {
            throw new InvalidOperationException($"{change} would move the order backwards.");
        }

        return comparison == 0 ? this : change switch
        {
            StatusChange.EcomPayment c => this with { EcomPayment = c.Status },
            StatusChange.EcomFulfillment c => this with { EcomFulfillment = c.Status },
            StatusChange.PosFulfillment c => this with { PosFulfillments = Parts(id => id == c.FulfillmentId ? c.State : Part(id), c.FulfillmentId) },
            StatusChange.AllPosFulfillments c => this with { PosFulfillments = Parts(id => Part(id) < c.State ? c.State : Part(id)) },
            StatusChange.PosPayment c => this with { PosPayment = c.State },
            StatusChange.PosSale c => this with { PosSale = c.State },
            _ => this,
        };
    }

    /// The order after this service wrote these changes: advanced, and remembered for ST-12.
    public OrderSyncState AfterWriting(IReadOnlyList<StatusChange> writes) =>
        writes.Aggregate(this, (state, write) => state.Advance(write)) with { Written = Written.With(writes) };

    private PosFulfillmentState Part(string fulfillmentId) =>
        PosFulfillments.GetValueOrDefault(fulfillmentId, PosFulfillmentState.Open);

    /// Positive: the change moves its status forward; zero: no move; negative: it would move it back.
    /// Completing all parts moves forward while any part is behind; an eCom refund review is always new.
    private int Compare(StatusChange change) => change switch
    {
        StatusChange.EcomPayment c => StatusRank.Of(c.Status) - StatusRank.Of(EcomPayment),
        StatusChange.EcomFulfillment c => StatusRank.Of(c.Status) - StatusRank.Of(EcomFulfillment),
        StatusChange.PosFulfillment c => StatusRank.Of(c.State) - StatusRank.Of(Part(c.FulfillmentId)),
        StatusChange.AllPosFulfillments c => PosFulfillments.Values.Any(s => s < c.State) ? 1 : 0,
        StatusChange.PosPayment c => StatusRank.Of(c.State) - StatusRank.Of(PosPayment),
        StatusChange.PosSale c => StatusRank.Of(c.State) - StatusRank.Of(PosSale),
        _ => 1,
    };

    private Dictionary<string, PosFulfillmentState> Parts(Func<string, PosFulfillmentState> state, string? added = null) =>
        PosFulfillments.Keys.Append(added).OfType<string>().Distinct().ToDictionary(id => id, state);
}
