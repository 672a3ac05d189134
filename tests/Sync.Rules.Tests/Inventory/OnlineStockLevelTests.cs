using Sync.Rules.Inventory;

namespace Sync.Rules.Tests.Inventory;

public class OnlineStockLevelTests
{
    private static readonly ConnectedOutlets Connected = ConnectedOutlets.Of(["north", "south"], onlineRegisterOutletId: "web");

    private static OnlineStock Level(params (string Outlet, decimal Level)[] levels) =>
        OnlineStockLevel.Compute(new ProductStock(true, levels.Select(l => new OutletLevel(l.Outlet, l.Level)).ToList(), 0, StockBuffers.None), Connected);

    [Fact(DisplayName = "INV-1: only connected outlets take part")]
    [Trait("Rule", "INV-1")]
    public void INV1_only_connected_outlets_count() =>
        Assert.Equal(OnlineStock.Of(3), Level(("north", 3), ("warehouse", 100)));

    [Fact(DisplayName = "INV-1: the online register's outlet is always connected")]
    [Trait("Rule", "INV-1")]
    public void INV1_the_online_register_outlet_is_always_connected()
    {
        Assert.Contains("web", ConnectedOutlets.Of([], "web").Ids);
        Assert.Equal(OnlineStock.Of(7), Level(("web", 7)));
    }

    [Fact(DisplayName = "INV-2: eCom stock is the sum over connected outlets")]
    [Trait("Rule", "INV-2")]
    public void INV2_ecom_stock_is_the_sum_of_connected_outlet_levels() =>
        Assert.Equal(OnlineStock.Of(9), Level(("north", 3), ("south", 4), ("web", 2)));

    [Fact(DisplayName = "INV-2: a negative outlet level counts as zero")]
    [Trait("Rule", "INV-2")]
    public void INV2_negative_outlet_levels_count_as_zero() =>
        Assert.Equal(OnlineStock.Of(4), Level(("north", -5), ("south", 4)));

    [Fact(DisplayName = "INV-2: fractional POS levels round down to whole units")]
    [Trait("Rule", "INV-2")]
    public void INV2_fractional_levels_round_down() =>
        Assert.Equal(OnlineStock.Of(3), Level(("north", 1.5m), ("south", 2.9m)));

    [Property(DisplayName = "INV-2: the level sent to eCom is never negative")]
    [Trait("Rule", "INV-2")]
    public bool INV2_the_level_is_never_negative(int north, int south, NonNegativeInt reserved, NonNegativeInt buffer)
    {
        var product = new ProductStock(true, [new("north", north), new("south", south)], reserved.Get, new StockBuffers(buffer.Get, new Dictionary<string, int>()));
        return OnlineStockLevel.Compute(product, Connected) is OnlineStock.Quantity { Value: >= 0 };
    }

    [Fact(DisplayName = "INV-6: a product POS does not track is unlimited in eCom")]
    [Trait("Rule", "INV-6")]
    public void INV6_untracked_products_are_unlimited() =>
        Assert.Equal(OnlineStock.Unlimited, OnlineStockLevel.Compute(new ProductStock(false, [new("north", 0)], 0, StockBuffers.None), Connected));

    [Fact(DisplayName = "INV-7: quantities of orders in flight are subtracted")]
    [Trait("Rule", "INV-7")]
    public void INV7_in_flight_order_quantities_are_subtracted() =>
        Assert.Equal(OnlineStock.Of(6), OnlineStockLevel.Compute(new ProductStock(true, [new("north", 8)], 2, StockBuffers.None), Connected));

    [Fact(DisplayName = "INV-7: in-flight orders never drive the level below zero")]
    [Trait("Rule", "INV-7")]
    public void INV7_in_flight_orders_floor_at_zero() =>
        Assert.Equal(OnlineStock.Of(0), OnlineStockLevel.Compute(new ProductStock(true, [new("north", 1)], 5, StockBuffers.None), Connected));

    [Fact(DisplayName = "INV-9: an outlet buffer comes off that outlet only, floored at zero")]
    [Trait("Rule", "INV-9")]
    public void INV9_outlet_buffers_apply_per_outlet_before_summing()
    {
        var buffers = new StockBuffers(0, new Dictionary<string, int> { ["north"] = 5 });
        var product = new ProductStock(true, [new("north", 2), new("south", 4)], 0, buffers);
        Assert.Equal(OnlineStock.Of(4), OnlineStockLevel.Compute(product, Connected));
    }

    [Fact(DisplayName = "INV-9: the product buffer comes off the sum")]
    [Trait("Rule", "INV-9")]
    public void INV9_product_buffer_applies_after_summing()
    {
        var product = new ProductStock(true, [new("north", 2), new("south", 4)], 0, new StockBuffers(3, new Dictionary<string, int>()));
        Assert.Equal(OnlineStock.Of(3), OnlineStockLevel.Compute(product, Connected));
    }

    [Fact(DisplayName = "INV-9: buffers default to zero, as the vendor behaves")]
    [Trait("Rule", "INV-9")]
    public void INV9_buffers_default_to_zero() =>
        Assert.Equal(OnlineStock.Of(6), Level(("north", 2), ("south", 4)));
}
