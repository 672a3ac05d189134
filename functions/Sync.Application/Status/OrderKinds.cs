using Sync.Rules.Orders;

namespace Sync.Application.Status;

/// <summary>The link's fulfillment kind (the shipping option's fulfillmentType) as the status table names it.</summary>
public static class OrderKinds
{
    public static OrderKind Parse(string kind) => kind.ToUpperInvariant() switch
    {
        "PICKUP" => OrderKind.Pickup,
        "DELIVERY" => OrderKind.LocalDelivery,
        _ => OrderKind.Shipping,
    };
}
