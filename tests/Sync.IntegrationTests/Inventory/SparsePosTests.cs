using Sync.Simulators.Ecwid;

namespace Sync.IntegrationTests.Inventory;

/// <summary>
/// The POS simulator answers as sparsely as the vendor's schemas allow: <c>products/{id}/inventory</c> and list pages carry no
/// <c>version</c>, as in the document's own example. Stock must still be read as it is, never as 0.
/// </summary>
public sealed class SparsePosTests : IAsyncLifetime
{
    private InventoryStage stage = null!;

    public async Task InitializeAsync() => stage = await InventoryStage.StartAsync(sparse: true);

    public async Task DisposeAsync() => await stage.DisposeAsync();

    [Fact]
    [Trait("Rule", "INV-2")]
    [Trait("Rule", "INV-4")]
    public async Task INV2_a_pos_change_on_a_product_whose_inventory_answer_has_no_version_writes_the_summed_level_not_zero()
    {
        Assert.True(stage.Stores.Pos.Sparse);
        var tee = stage.Product("TEE-L");
        await stage.EcomLevelIsAsync("TEE-L", stage.RuleLevel("TEE-L", stage.Outlets), "the seeded level");

        stage.Stores.Pos.SetStock(tee.Id, stage.Outlets[1], stage.Stores.Pos.StockOf(tee.Id, stage.Outlets[1]) + 4);

        var expected = stage.RuleLevel("TEE-L", stage.Outlets);
        Assert.True(expected > 4);
        await stage.EcomLevelIsAsync("TEE-L", expected, "the POS change reaches eCom as the sum over the outlets");
    }

    [Fact]
    [Trait("Rule", "ORD-7")]
    public async Task ORD7_an_order_goes_to_the_outlet_that_holds_it_by_the_stock_read_from_unversioned_answers()
    {
        var mug = stage.Product("MUG-L");
        stage.Stores.Pos.SetStock(mug.Id, stage.Outlets[0], 0);
        stage.Stores.Pos.SetStock(mug.Id, stage.Outlets[1], 5);
        stage.Stores.Pos.SetStock(mug.Id, stage.Outlets[2], 0);
        await stage.EcomLevelIsAsync("MUG-L", 5, "eCom offers what POS holds");

        var order = stage.Stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("MUG-L", 2)]);

        await Eventually.HoldsAsync(() => Task.FromResult(stage.Stores.Pos.Sales.Any(s => s.SourceId == order.Id)), "the order's sale exists", 30);
        var sale = Assert.Single(stage.Stores.Pos.Sales, s => s.SourceId == order.Id);
        Assert.Equal(stage.Outlets[1], sale.OutletId);
        Assert.DoesNotContain("stock short", sale.Note, StringComparison.Ordinal);
    }
}
