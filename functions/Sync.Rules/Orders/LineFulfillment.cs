namespace Sync.Rules.Orders;

/// The order kind from eCom's shipping option, and the POS fulfillment type for the order's lines.
public static class LineFulfillment
{
    /// Decision: eCom names a pickup two ways, fulfillmentType PICKUP and the older isPickup flag: either makes the
    /// order a pickup. A missing or unknown fulfillmentType is otherwise treated as SHIPPING: the order still syncs
    /// (ORD-1), and shipping is what eCom assumes when an order has no shipping option of its own.
    public static OrderKind KindOf(string? ecomFulfillmentType, bool isPickup) => ecomFulfillmentType?.Trim().ToUpperInvariant() switch
    {
        _ when isPickup => OrderKind.Pickup,
        "PICKUP" => OrderKind.Pickup,
        "DELIVERY" => OrderKind.LocalDelivery,
        _ => OrderKind.Shipping,
    };

    /// Local delivery is a dispatch with the sale attribute `delivery`, like shipping.
    public static PosFulfillmentType TypeFor(OrderKind kind) =>
        kind == OrderKind.Pickup ? PosFulfillmentType.Pickup : PosFulfillmentType.Dispatch;
}
