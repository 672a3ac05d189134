namespace Sync.Rules.Status;

/// eCom `paymentStatus` (wire names in capitals with underscores, e.g. AWAITING_PAYMENT).
public enum EcomPaymentStatus
{
    AwaitingPayment,
    Paid,
    Cancelled,
    Refunded,
    PartiallyRefunded,
    Incomplete,
}
