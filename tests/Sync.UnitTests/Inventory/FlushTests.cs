using Moq;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using static Sync.UnitTests.Inventory.InventoryWorld;

namespace Sync.UnitTests.Inventory;

public sealed class FlushTests
{
    private readonly InventoryWorld world = new();

    private Task FlushAsync(string productId) => world.Handler().HandleAsync(world.Flush(productId), CancellationToken.None);

    [Fact]
    [Trait("Rule", "INV-4")]
    public async Task INV4_a_pos_change_reaches_ecom_on_the_flush()
    {
        world.SetStock(Mug, Main, 4);

        await FlushAsync(Mug);

        Assert.Equal(4, world.EcomQuantity(MugProduct));
    }

    [Fact]
    [Trait("Rule", "INV-4")]
    public async Task INV4_a_variant_is_written_to_the_combination_its_sku_links_to()
    {
        world.SetStock(Tee, Main, 2);

        await FlushAsync(Tee);

        Assert.Equal(2, world.EcomQuantity(TeeProduct, TeeCombination));
        Assert.Equal(0, world.EcomQuantity(TeeProduct));
    }

    [Fact]
    [Trait("Rule", "INV-1")]
    public async Task INV1_only_connected_outlets_and_the_online_registers_outlet_count()
    {
        world.SetStock(Mug, Main, 1);
        world.SetStock(Mug, Harbour, 2);
        world.SetStock(Mug, Far, 40);

        await FlushAsync(Mug);

        Assert.Equal(3, world.EcomQuantity(MugProduct));
    }

    [Fact]
    [Trait("Rule", "INV-1")]
    public async Task INV1_connecting_an_outlet_in_the_settings_counts_it_without_redeploying()
    {
        world.SetStock(Mug, Far, 40);
        world.Settings = world.Settings with { ConnectedOutletIds = [Harbour, Far] };

        await FlushAsync(Mug);

        Assert.Equal(40, world.EcomQuantity(MugProduct));
    }

    [Fact]
    [Trait("Rule", "INV-2")]
    public async Task INV2_the_level_is_the_sum_over_connected_outlets_and_a_negative_outlet_counts_as_zero()
    {
        world.SetStock(Mug, Main, -3);
        world.SetStock(Mug, Harbour, 5);

        await FlushAsync(Mug);

        Assert.Equal(5, world.EcomQuantity(MugProduct));
    }

    [Fact]
    [Trait("Rule", "INV-6")]
    public async Task INV6_a_product_pos_does_not_track_is_unlimited_in_ecom()
    {
        world.Ecom[(CardProduct, null)] = (7, false);

        await FlushAsync(Card);

        Assert.True(world.EcomUnlimited(CardProduct));
    }

    [Fact]
    [Trait("Rule", "INV-6")]
    public async Task INV6_a_product_without_an_ecom_counterpart_is_not_guessed()
    {
        world.Products["p-new"] = new PosProduct("p-new", "NEW-1", "New", true, true, null, 9);
        world.SetStock("p-new", Main, 5);

        await FlushAsync("p-new");

        Assert.Empty(world.EcomWrites);
        world.EcomClient.Verify(e => e.FindBySkuAsync("NEW-1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    [Trait("Rule", "INV-6")]
    public async Task INV6_an_unknown_sku_is_looked_up_on_ecom_and_linked()
    {
        world.Links.Clear();
        world.SetStock(Mug, Main, 6);

        await FlushAsync(Mug);
        await FlushAsync(Mug);

        Assert.Equal(6, world.EcomQuantity(MugProduct));
        world.EcomClient.Verify(e => e.FindBySkuAsync("MUG", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    [Trait("Rule", "INV-7")]
    public async Task INV7_quantities_of_orders_not_yet_in_pos_are_held_back()
    {
        world.SetStock(Mug, Main, 5);
        await world.Reservations.ReserveAsync("1001", [new("MUG", 2)], CancellationToken.None);

        await FlushAsync(Mug);

        Assert.Equal(3, world.EcomQuantity(MugProduct));
    }

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_before_raising_a_level_the_flush_takes_in_unrecorded_orders()
    {
        world.SetStock(Mug, Main, 1);
        await FlushAsync(Mug);
        world.PlaceOrder("1002", "MUG", 1, MugProduct, null);
        world.SetStock(Mug, Harbour, 1);

        await FlushAsync(Mug);

        Assert.Equal(1, world.EcomQuantity(MugProduct));
        Assert.True(await world.Reservations.HoldsAsync("1002", CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "INV-3")]
    public async Task INV3_an_ecom_order_then_its_pos_sale_leave_ecom_at_the_pos_level()
    {
        world.SetStock(Mug, Main, 3);
        await FlushAsync(Mug);
        world.PlaceOrder("1003", "MUG", 1, MugProduct, null);
        await world.Reservations.ReserveAsync("1003", [new("MUG", 1)], CancellationToken.None);
        world.SetStock(Mug, Main, 2);
        await world.Reservations.ReleaseAsync("1003", CancellationToken.None);
        world.RecordedOrders["1003"] = new OrderLink("1003", "SHIPPING", [new SaleLink("s-1", Main, "r-online")], true, world.Clock.GetUtcNow());

        await FlushAsync(Mug);

        Assert.Equal(2, world.EcomQuantity(MugProduct));
        Assert.False(await world.Reservations.HoldsAsync("1003", CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "INV-9")]
    public async Task INV9_outlet_and_product_buffers_are_held_back()
    {
        world.SetStock(Mug, Main, 5);
        world.SetStock(Mug, Harbour, 5);
        world.Settings = world.Settings with
        {
            OutletBuffers = new Dictionary<string, int> { [Harbour] = 2 },
            ProductBuffers = new Dictionary<string, int> { ["MUG"] = 1 },
        };

        await FlushAsync(Mug);

        Assert.Equal(7, world.EcomQuantity(MugProduct));
    }

    [Fact]
    [Trait("Rule", "INV-8")]
    public async Task INV8_no_write_when_the_level_equals_the_last_level_written_so_a_flush_run_twice_writes_once()
    {
        world.SetStock(Mug, Main, 4);

        await FlushAsync(Mug);
        await FlushAsync(Mug);

        Assert.Single(world.EcomWrites);
    }

    [Fact]
    [Trait("Rule", "INV-8")]
    public async Task INV8_concurrent_flushes_of_one_product_leave_ecom_at_the_pos_level()
    {
        world.SetStock(Mug, Main, 4);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => FlushAsync(Mug)));
        await FlushAsync(Mug);

        Assert.Equal(4, world.EcomQuantity(MugProduct));
        Assert.All(world.EcomWrites, w => Assert.Equal(EcomStock.Of(4), w.Stock));
    }

    [Fact]
    [Trait("Rule", "ALL-3")]
    public async Task ALL3_every_write_is_audited_with_its_rule_before_and_after_and_event()
    {
        world.SetStock(Mug, Main, 4);
        var flush = world.Flush(Mug);

        await world.Handler().HandleAsync(flush, CancellationToken.None);

        var entry = Assert.Single(world.AuditEntries);
        Assert.Equal(("ecom:product:200", "ecom.stock.set", "INV-4", flush.EventKey, "unknown", "4"),
            (entry.EntityKey, entry.Action, entry.RuleId, entry.EventKey, entry.Before, entry.After));
    }

    [Fact]
    public async Task A_platform_failure_escapes_so_the_queue_retries()
    {
        world.SetStock(Mug, Main, 4);
        world.EcomClient.Setup(e => e.SetProductStockAsync(It.IsAny<long>(), It.IsAny<EcomStock>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("eCom answered 503"));

        await Assert.ThrowsAsync<HttpRequestException>(() => FlushAsync(Mug));
        Assert.Empty(world.Written.Levels);
    }

    [Fact]
    public async Task A_flush_reads_the_product_and_its_inventory_once_and_the_registers_once_per_process()
    {
        world.SetStock(Mug, Main, 4);
        var handler = world.Handler();

        await handler.HandleAsync(world.Flush(Mug), CancellationToken.None);
        world.SetStock(Mug, Main, 3);
        await handler.HandleAsync(world.Flush(Mug), CancellationToken.None);

        Assert.Equal(2, world.Calls(world.Pos, nameof(IXSeriesClient.GetProductInventoryAsync)));
        Assert.Equal(2, world.Calls(world.Pos, nameof(IXSeriesClient.GetProductAsync)));
        Assert.Equal(1, world.Calls(world.Pos, nameof(IXSeriesClient.GetRegistersAsync)));
    }
}
