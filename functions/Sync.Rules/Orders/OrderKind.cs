namespace Sync.Rules.Orders;

/// How an eCom order reaches its customer (its shipping option's fulfillmentType). Flags, so a status
/// table row can name the kinds it applies to.
[Flags]
public enum OrderKind
{
    Shipping = 1,
    Pickup = 2,
    LocalDelivery = 4,
}
