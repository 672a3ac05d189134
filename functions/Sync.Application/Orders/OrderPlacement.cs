using Sync.Application.Platforms.Ecom;

namespace Sync.Application.Orders;

/// <summary>ORD-1: which eCom orders are placed, and so become POS sales.</summary>
public static class OrderPlacement
{
    /// <summary>
    /// Decision: an order is placed once eCom accepts it as paid or awaiting payment. INCOMPLETE is an
    /// abandoned checkout; an order cancelled or refunded before it was ever synced has nothing to fulfil;
    /// WILL_NOT_DELIVER (delivery canceled) likewise.
    /// </summary>
    public static bool IsPlaced(EcomOrder order) =>
        order.PaymentStatus.ToUpperInvariant() is "PAID" or "AWAITING_PAYMENT"
        && !string.Equals(order.FulfillmentStatus, "WILL_NOT_DELIVER", StringComparison.OrdinalIgnoreCase);
}
