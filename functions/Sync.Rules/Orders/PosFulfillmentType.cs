namespace Sync.Rules.Orders;

/// POS fulfillment `type` and line `fulfillment_type`: DISPATCH (sale attribute `delivery`) or PICKUP.
public enum PosFulfillmentType
{
    Dispatch,
    Pickup,
}
