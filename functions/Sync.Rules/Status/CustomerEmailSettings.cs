namespace Sync.Rules.Status;

/// ST-10: which eCom status changes email the customer (Online > Webstore > Notifications).
/// Decision (unsure: eCom's own defaults are not in the API docs we have): on by default for the
/// fulfillment statuses a customer acts on (Shipped, Ready for pickup, Out for delivery, Delivered)
/// and for payment Paid, Canceled and Refunded; everything else off.
public sealed record CustomerEmailSettings(
    IReadOnlySet<EcomFulfillmentStatus> FulfillmentEmails, IReadOnlySet<EcomPaymentStatus> PaymentEmails)
{
    public static CustomerEmailSettings Default { get; } = new(
        new HashSet<EcomFulfillmentStatus>
        {
            EcomFulfillmentStatus.Shipped, EcomFulfillmentStatus.ReadyForPickup,
            EcomFulfillmentStatus.OutForDelivery, EcomFulfillmentStatus.Delivered,
        },
        new HashSet<EcomPaymentStatus> { EcomPaymentStatus.Paid, EcomPaymentStatus.Cancelled, EcomPaymentStatus.Refunded });

    /// ST-10: does this write to eCom email the customer? Writes to POS never do.
    public bool Notifies(StatusChange write) => write switch
    {
        StatusChange.EcomFulfillment c => FulfillmentEmails.Contains(c.Status),
        StatusChange.EcomPayment c => PaymentEmails.Contains(c.Status),
        _ => false,
    };
}
