using Moq;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using static Sync.UnitTests.Inventory.InventoryWorld;

namespace Sync.UnitTests.Inventory;

public sealed class ReconcileTests
{
    private readonly InventoryWorld world = new();

    public ReconcileTests()
    {
        world.Links.Clear();
        world.SetStock(Tee, Main, 2);
        world.SetStock(Mug, Harbour, 5);
        world.SetStock(Mug, Far, 9);
    }

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task ALL1_a_lost_webhook_costs_latency_never_correctness()
    {
        var report = await world.Reconcile().RunAsync(CancellationToken.None);

        Assert.Equal((2, 5), (world.EcomQuantity(TeeProduct, TeeCombination), world.EcomQuantity(MugProduct)));
        Assert.True(world.EcomUnlimited(CardProduct));
        Assert.Equal((true, 3, 2, 2), (report.Full, report.Checked, report.Drifted, report.Repaired));
        Assert.Same(report, world.Reports.Saved.Single());
    }

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task ALL1_a_second_run_reads_pos_inventory_from_its_watermark_and_repairs_only_what_drifted()
    {
        await world.Reconcile().RunAsync(CancellationToken.None);
        world.SetStock(Mug, Harbour, 6);
        world.EcomWrites.Clear();

        var report = await world.Reconcile().RunAsync(CancellationToken.None);

        Assert.Equal((false, 1, 1), (report.Full, report.Drifted, report.Repaired));
        Assert.Equal(6, world.EcomQuantity(MugProduct));
        Assert.Single(world.EcomWrites);
        world.Pos.Verify(p => p.GetInventoryAsync(0, It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_reconcile_puts_back_a_manual_edit_and_audits_it_as_one()
    {
        await world.Reconcile().RunAsync(CancellationToken.None);
        world.SetEcom(MugProduct, null, 40);
        world.AuditEntries.Clear();

        await world.Reconcile().RunAsync(CancellationToken.None);

        Assert.Equal(5, world.EcomQuantity(MugProduct));
        var entry = Assert.Single(world.AuditEntries);
        Assert.Equal(("ecom.stock.repair", "INV-5", "40", "5"), (entry.Action, entry.RuleId, entry.Before, entry.After));
    }

    [Fact]
    [Trait("Rule", "INV-7")]
    public async Task INV7_reconcile_takes_in_unrecorded_orders_first_so_it_never_reopens_a_sold_unit()
    {
        world.SetStock(Tee, Main, 1);
        await world.Reconcile().RunAsync(CancellationToken.None);
        world.PlaceOrder("1001", "TEE-S", 1, TeeProduct, TeeCombination);

        var report = await world.Reconcile().RunAsync(CancellationToken.None);

        Assert.Equal(0, world.EcomQuantity(TeeProduct, TeeCombination));
        Assert.Equal(0, report.Drifted);
    }

    [Fact]
    [Trait("Rule", "INV-6")]
    public async Task INV6_unmatched_and_ambiguous_skus_are_reported_never_guessed()
    {
        world.Products["p-lonely"] = new PosProduct("p-lonely", "LONELY", "Lonely", true, true, null, 10);
        world.Products["p-twin"] = new PosProduct("p-twin", "MUG", "Mug twin", true, true, null, 11);

        var report = await world.Reconcile().RunAsync(CancellationToken.None);

        Assert.Contains("LONELY", report.Unmatched);
        Assert.Contains("MUG", report.Ambiguous);
        Assert.Equal(0, world.EcomQuantity(MugProduct));
    }

    [Fact]
    [Trait("Rule", "ALL-3")]
    public async Task ALL3_each_repair_is_audited_with_the_run_as_its_event()
    {
        await world.Reconcile().RunAsync(CancellationToken.None);

        Assert.Equal(2, world.AuditEntries.Count);
        Assert.All(world.AuditEntries, e => Assert.StartsWith("reconcile-inventory-", e.EventKey));
        Assert.All(world.AuditEntries, e => Assert.Equal(("ecom.stock.repair", "ALL-1"), (e.Action, e.RuleId)));
    }

    [Fact]
    public async Task Reconcile_reads_ecom_in_bulk_one_products_search_that_carries_the_combinations()
    {
        await world.Reconcile().RunAsync(CancellationToken.None);

        Assert.Equal(1, world.Calls(world.EcomClient, nameof(IEcomClient.GetProductsAsync)));
        Assert.Equal(0, world.Calls(world.EcomClient, nameof(IEcomClient.GetProductAsync)));
        Assert.Equal(1, world.Calls(world.Pos, nameof(IXSeriesClient.GetInventoryAsync)));
    }
}
