using Sync.Rules.Orders;

namespace Sync.Rules.Tests.Orders;

public class LineFulfillmentTests
{
    [Theory(DisplayName = "ST-1: the shipping option's fulfillment type decides the order kind and the POS fulfillment type")]
    [Trait("Rule", "ST-1")]
    [InlineData("SHIPPING", OrderKind.Shipping, PosFulfillmentType.Dispatch)]
    [InlineData("PICKUP", OrderKind.Pickup, PosFulfillmentType.Pickup)]
    [InlineData("DELIVERY", OrderKind.LocalDelivery, PosFulfillmentType.Dispatch)]
    [InlineData(null, OrderKind.Shipping, PosFulfillmentType.Dispatch)]
    public void ST1_line_fulfillment_type_follows_the_shipping_option(string? ecomType, OrderKind kind, PosFulfillmentType posType)
    {
        Assert.Equal(kind, LineFulfillment.KindOf(ecomType));
        Assert.Equal(posType, LineFulfillment.TypeFor(kind));
    }
}
