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
        Assert.Equal(kind, LineFulfillment.KindOf(ecomType, isPickup: false));
        Assert.Equal(posType, LineFulfillment.TypeFor(kind));
    }

    [Theory(DisplayName = "ST-3: eCom's isPickup flag makes a pickup whatever the fulfillment type says, or when it says nothing")]
    [Trait("Rule", "ST-3")]
    [InlineData(null)]
    [InlineData("SHIPPING")]
    [InlineData("PICKUP")]
    public void ST3_is_pickup_makes_a_pickup_order(string? ecomType) =>
        Assert.Equal(OrderKind.Pickup, LineFulfillment.KindOf(ecomType, isPickup: true));
}
