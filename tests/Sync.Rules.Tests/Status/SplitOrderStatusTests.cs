using Sync.Rules.Status;
using static Sync.Rules.Orders.OrderKind;
using static Sync.Rules.Status.PosFulfillmentState;

namespace Sync.Rules.Tests.Status;

public class SplitOrderStatusTests
{
    [Fact(DisplayName = "ST-11: a split shipment shows shipped only when every part has shipped")]
    [Trait("Rule", "ST-11")]
    public void ST11_shipped_only_when_every_part_shipped()
    {
        Assert.Equal(EcomFulfillmentStatus.Shipped, SplitOrderStatus.EcomStatusToShow(Shipping, [Fulfilled, Fulfilled]));
        Assert.Null(SplitOrderStatus.EcomStatusToShow(Shipping, [Fulfilled, Packed]));
    }

    [Fact(DisplayName = "ST-11: a split pickup shows the least advanced part")]
    [Trait("Rule", "ST-11")]
    public void ST11_a_split_pickup_shows_its_least_advanced_part()
    {
        Assert.Equal(EcomFulfillmentStatus.ReadyForPickup, SplitOrderStatus.EcomStatusToShow(Pickup, [Fulfilled, Packed]));
        Assert.Null(SplitOrderStatus.EcomStatusToShow(Pickup, [Fulfilled, Started]));
        Assert.Equal(EcomFulfillmentStatus.Delivered, SplitOrderStatus.EcomStatusToShow(LocalDelivery, [Fulfilled, Fulfilled, Fulfilled]));
    }
}
