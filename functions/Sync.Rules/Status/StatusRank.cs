namespace Sync.Rules.Status;

/// How far along each status is. An order only moves forward: a change that does not raise the rank
/// is late, repeated or reordered (ALL-1).
/// Decision: Shipped and Out for delivery rank alike (both "on its way"); Canceled and Delivery
/// canceled rank highest (ST-8: final).
public static class StatusRank
{
    public static int Of(EcomPaymentStatus status) => status switch
    {
        EcomPaymentStatus.AwaitingPayment or EcomPaymentStatus.Incomplete => 0,
        EcomPaymentStatus.Paid => 1,
        EcomPaymentStatus.PartiallyRefunded => 2,
        EcomPaymentStatus.Refunded => 3,
        _ => 4,
    };

    public static int Of(EcomFulfillmentStatus status) => status switch
    {
        EcomFulfillmentStatus.AwaitingProcessing => 0,
        EcomFulfillmentStatus.Processing => 1,
        EcomFulfillmentStatus.ReadyForPickup => 2,
        EcomFulfillmentStatus.Shipped or EcomFulfillmentStatus.OutForDelivery => 3,
        EcomFulfillmentStatus.Delivered => 4,
        EcomFulfillmentStatus.Returned => 5,
        _ => 6,
    };

    /// POS fulfillment states, payment states and sale states are declared in their forward order.
    public static int Of(PosFulfillmentState state) => (int)state;

    public static int Of(PosPaymentState state) => (int)state;

    public static int Of(PosSaleState state) => (int)state;
}
