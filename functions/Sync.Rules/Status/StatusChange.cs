namespace Sync.Rules.Status;

/// A status that changed on one platform (the source of a decision), or one to write (its target).
public abstract record StatusChange
{
    private StatusChange() { }

    /// The platform whose status this is.
    public abstract Platform Platform { get; }

    /// The direction a change travels when it is the source of a decision.
    public SyncDirection Direction => Platform == Platform.Ecom ? SyncDirection.EcomToPos : SyncDirection.PosToEcom;

    /// The status value, for matching table rows.
    public abstract Enum Value { get; }

    public sealed record EcomPayment(EcomPaymentStatus Status) : StatusChange
    {
        public override Platform Platform => Platform.Ecom;
        public override Enum Value => Status;
    }

    public sealed record EcomFulfillment(EcomFulfillmentStatus Status) : StatusChange
    {
        public override Platform Platform => Platform.Ecom;
        public override Enum Value => Status;
    }

    /// One POS fulfillment (one part of a possibly split order) changed state.
    public sealed record PosFulfillment(string FulfillmentId, PosFulfillmentState State) : StatusChange
    {
        public override Platform Platform => Platform.Pos;
        public override Enum Value => State;
    }

    /// Target only: move every fulfillment of the order to this state (complete or pack them).
    public sealed record AllPosFulfillments(PosFulfillmentState State) : StatusChange
    {
        public override Platform Platform => Platform.Pos;
        public override Enum Value => State;
    }

    /// A payment recorded on the sale (Paid) or a return on it.
    public sealed record PosPayment(PosPaymentState State) : StatusChange
    {
        public override Platform Platform => Platform.Pos;
        public override Enum Value => State;
    }

    public sealed record PosSale(PosSaleState State) : StatusChange
    {
        public override Platform Platform => Platform.Pos;
        public override Enum Value => State;
    }

    /// Target only (ST-4): note a refund made in eCom on the sale and flag it for review; no stock change.
    public sealed record PosRefundReview() : StatusChange
    {
        public override Platform Platform => Platform.Pos;
        public override Enum Value => PosPaymentState.Paid;
    }
}
