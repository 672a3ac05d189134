using Sync.Application.Inventory;
using Sync.Rules.Inventory;
using static Sync.UnitTests.Inventory.InventoryWorld;

namespace Sync.UnitTests.Inventory;

public sealed class PutBackTests
{
    private readonly InventoryWorld world = new();

    private async Task SyncedAtAsync(int level)
    {
        world.SetStock(Mug, Main, level);
        await world.Handler().HandleAsync(world.Flush(Mug), CancellationToken.None);
        world.EcomWrites.Clear();
        world.AuditEntries.Clear();
    }

    private Task ProductUpdatedAsync() => world.Handler().HandleAsync(world.EcomProductUpdated(MugProduct), CancellationToken.None);

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_a_manual_edit_in_ecom_is_put_back()
    {
        await SyncedAtAsync(4);
        world.SetEcom(MugProduct, null, 50);

        await ProductUpdatedAsync();

        Assert.Equal(4, world.EcomQuantity(MugProduct));
        var entry = Assert.Single(world.AuditEntries);
        Assert.Equal(("ecom.stock.putback", "INV-5", "50", "4"), (entry.Action, entry.RuleId, entry.Before, entry.After));
    }

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_a_manual_edit_of_a_combination_is_put_back()
    {
        world.SetStock(Tee, Harbour, 3);
        await world.Handler().HandleAsync(world.Flush(Tee), CancellationToken.None);
        world.SetEcom(TeeProduct, TeeCombination, 0);

        await world.Handler().HandleAsync(world.EcomProductUpdated(TeeProduct), CancellationToken.None);

        Assert.Equal(3, world.EcomQuantity(TeeProduct, TeeCombination));
    }

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_our_own_write_coming_back_changes_nothing_and_reads_no_orders()
    {
        await SyncedAtAsync(4);

        await ProductUpdatedAsync();
        await ProductUpdatedAsync();

        Assert.Empty(world.EcomWrites);
        Assert.Equal(1, world.Calls(world.EcomClient, "GetOrdersUpdatedSinceAsync"));
    }

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_a_drop_explained_by_orders_not_yet_in_pos_is_not_an_edit()
    {
        await SyncedAtAsync(4);
        world.PlaceOrder("1001", "MUG", 3, MugProduct, null);

        await ProductUpdatedAsync();

        Assert.Empty(world.EcomWrites);
        Assert.Equal(1, world.EcomQuantity(MugProduct));
        Assert.Equal(3, await world.Reservations.ReservedAsync("MUG", CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_a_put_back_never_reopens_stock_an_unrecorded_order_took()
    {
        await SyncedAtAsync(1);
        world.PlaceOrder("1001", "MUG", 1, MugProduct, null);
        world.SetEcom(MugProduct, null, 9);

        await ProductUpdatedAsync();
        await ProductUpdatedAsync();

        Assert.Equal(0, world.EcomQuantity(MugProduct));
        Assert.Equal(1, await world.Reservations.ReservedAsync("MUG", CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_an_edit_making_an_untracked_product_limited_is_put_back_to_unlimited()
    {
        await world.Handler().HandleAsync(world.Flush(Card), CancellationToken.None);
        world.SetEcom(CardProduct, null, 5);

        await world.Handler().HandleAsync(world.EcomProductUpdated(CardProduct), CancellationToken.None);

        Assert.True(world.EcomUnlimited(CardProduct));
    }

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_put_back_run_concurrently_ends_at_the_pos_level()
    {
        await SyncedAtAsync(4);
        world.SetEcom(MugProduct, null, 50);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ProductUpdatedAsync()));

        Assert.Equal(4, world.EcomQuantity(MugProduct));
        Assert.Equal(new WrittenLevel(OnlineStock.Of(4), 0), world.Written.Levels["MUG"]);
    }
}
