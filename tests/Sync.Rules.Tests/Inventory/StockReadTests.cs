using Sync.Rules.Inventory;

namespace Sync.Rules.Tests.Inventory;

public sealed class StockReadTests
{
    private static readonly ConnectedOutlets MainAndHarbour = ConnectedOutlets.Of(["harbour"], "main");

    [Fact]
    [Trait("Rule", "ALL-4")]
    public void ALL4_an_empty_read_of_a_tracked_product_is_not_zero_stock()
    {
        Assert.NotNull(StockRead.Gap(true, [], MainAndHarbour));
        Assert.Equal(OnlineStock.Of(0), OnlineStockLevel.Compute(new ProductStock(true, [], 0, StockBuffers.None), MainAndHarbour));
    }

    [Fact]
    [Trait("Rule", "ALL-4")]
    public void ALL4_a_read_without_a_row_for_a_connected_outlet_is_partial_and_names_it()
    {
        var gap = StockRead.Gap(true, [new OutletLevel("main", 4), new OutletLevel("far", 2)], MainAndHarbour);

        Assert.Contains("harbour", gap);
    }

    [Fact]
    [Trait("Rule", "ALL-4")]
    public void ALL4_without_connected_outlets_or_an_online_register_nothing_is_confirmed_even_unlimited()
    {
        var none = ConnectedOutlets.Of([], "");

        Assert.NotNull(StockRead.Gap(false, [], none));
        Assert.NotNull(StockRead.Gap(true, [new OutletLevel("main", 4)], none));
    }

    [Fact]
    [Trait("Rule", "ALL-4")]
    public void ALL4_a_complete_read_and_an_untracked_product_are_confirmed()
    {
        Assert.Null(StockRead.Gap(true, [new OutletLevel("main", 0), new OutletLevel("harbour", -2)], MainAndHarbour));
        Assert.Null(StockRead.Gap(false, [], MainAndHarbour));
    }
}
