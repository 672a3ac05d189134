using Sync.Application.Platforms.Ecom;
using Sync.Simulators.Ecwid;
using Xunit.Abstractions;

namespace Sync.IntegrationTests.Inventory;

/// <summary>Inventory sync end to end: simulators → webhooks → dev host → queue → handlers → simulators.</summary>
public sealed class InventorySyncTests(ITestOutputHelper output) : IAsyncLifetime
{
    private InventoryStage stage = null!;

    public async Task InitializeAsync() => stage = await InventoryStage.StartAsync();

    public async Task DisposeAsync() => await stage.DisposeAsync();

    [Fact]
    [Trait("Rule", "INV-4")]
    public async Task INV4_a_pos_stock_change_in_a_connected_outlet_reaches_ecom_with_few_api_calls()
    {
        var tee = stage.Product("TEE-S");
        await stage.EcomLevelIsAsync("TEE-S", stage.RuleLevel("TEE-S", stage.Outlets), "the seeded level");
        stage.Stores.Pos.Requests.Clear();
        stage.Stores.Ecom.Requests.Clear();

        stage.Stores.Pos.SetStock(tee.Id, stage.Outlets[1], stage.Stores.Pos.StockOf(tee.Id, stage.Outlets[1]) + 5);

        await stage.EcomLevelIsAsync("TEE-S", stage.RuleLevel("TEE-S", stage.Outlets), "the POS change reaches eCom");
        await stage.QueuesDrainAsync();
        Report("first change of a SKU (lazy link)");

        stage.Stores.Pos.Requests.Clear();
        stage.Stores.Ecom.Requests.Clear();
        stage.Stores.Pos.SetStock(tee.Id, stage.Outlets[2], stage.Stores.Pos.StockOf(tee.Id, stage.Outlets[2]) + 1);
        await stage.EcomLevelIsAsync("TEE-S", stage.RuleLevel("TEE-S", stage.Outlets), "the second change reaches eCom");
        await stage.QueuesDrainAsync();
        Report("later change of a linked SKU");

        Assert.Equal(1, stage.Stores.Ecom.Requests.Entries.Count(e => e.PathAndQuery.Contains("/combinations/", StringComparison.Ordinal) && e.Endpoint.StartsWith("PUT", StringComparison.Ordinal)));
        Assert.InRange(stage.Stores.Pos.Requests.Entries.Count, 1, 4);
    }

    [Fact]
    [Trait("Rule", "INV-8")]
    public async Task INV8_a_burst_of_pos_changes_to_one_product_makes_one_ecom_write()
    {
        var mug = stage.Product("MUG-M");
        stage.Stores.Ecom.Requests.Clear();

        for (var level = 10; level < 20; level++)
        {
            stage.Stores.Pos.SetStock(mug.Id, stage.Outlets[0], level);
        }

        await stage.EcomLevelIsAsync("MUG-M", stage.RuleLevel("MUG-M", stage.Outlets), "the last level of the burst reaches eCom");
        await stage.QueuesDrainAsync();
        Assert.InRange(stage.Stores.Ecom.Requests.Entries.Count(e => e.Endpoint.StartsWith("PUT", StringComparison.Ordinal)), 1, 2);
    }

    [Fact]
    [Trait("Rule", "INV-5")]
    public async Task INV5_a_manual_edit_in_ecom_is_put_back()
    {
        var mug = stage.Product("MUG-S");
        stage.Stores.Pos.SetStock(mug.Id, stage.Outlets[0], 3);
        await stage.EcomLevelIsAsync("MUG-S", stage.RuleLevel("MUG-S", stage.Outlets), "the POS level reaches eCom");
        var expected = stage.Stores.Ecom.QuantityOf("MUG-S");

        await stage.EditEcomAsync("MUG-S", EcomStock.Of(99));

        Assert.Equal(99, stage.Stores.Ecom.QuantityOf("MUG-S"));
        await stage.EcomLevelIsAsync("MUG-S", expected, "the manual edit is put back");
    }

    [Fact]
    [Trait("Rule", "INV-6")]
    public async Task INV6_a_product_pos_does_not_track_is_unlimited_in_ecom()
    {
        await stage.EditEcomAsync("CARD-GIFT", EcomStock.Of(3));

        var report = await stage.ReconcileAsync();

        Assert.Null(stage.Stores.Ecom.QuantityOf("CARD-GIFT"));
        Assert.True(report.Repaired >= 1);
    }

    [Fact]
    [Trait("Rule", "INV-7")]
    public async Task INV7_an_order_for_the_last_unit_with_its_webhook_delayed_past_a_reconcile_never_reopens_the_unit()
    {
        var mug = stage.Product("MUG-L");
        stage.Stores.Pos.SetStock(mug.Id, stage.Outlets[0], 1);
        stage.Stores.Pos.SetStock(mug.Id, stage.Outlets[1], 0);
        stage.Stores.Pos.SetStock(mug.Id, stage.Outlets[2], 0);
        await stage.EcomLevelIsAsync("MUG-L", 1, "the last unit is on sale");
        await stage.QueuesDrainAsync();

        stage.Stores.Ecom.Webhooks.Paused = true;
        stage.Stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("MUG-L", 1)]);
        Assert.Equal(0, stage.Stores.Ecom.QuantityOf("MUG-L"));

        await stage.ReconcileAsync();
        Assert.Equal(0, stage.Stores.Ecom.QuantityOf("MUG-L"));

        stage.Stores.Ecom.Webhooks.Paused = false;
        await stage.Stores.Ecom.Webhooks.FlushAsync();
        stage.Stores.Pos.SetStock(mug.Id, stage.Outlets[2], 0.5m);
        await stage.QueuesDrainAsync();
        await stage.ReconcileAsync();
        Assert.Equal(0, stage.Stores.Ecom.QuantityOf("MUG-L"));
    }

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task ALL1_the_reconcile_report_is_readable_by_the_operator()
    {
        stage.Stores.Pos.Requests.Clear();
        stage.Stores.Ecom.Requests.Clear();
        var report = await stage.ReconcileAsync();
        Report("a full reconcile of the demo store");
        var response = await stage.Host.Http.GetAsync("/api/ops/inventory/report");

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"checked\":{report.Checked}", body, StringComparison.Ordinal);
        Assert.True(report.Checked >= 7);
        output.WriteLine(body);
    }

    private void Report(string what) =>
        output.WriteLine($"{what}: POS {string.Join(", ", stage.Stores.Pos.Requests.Entries.Select(e => e.Endpoint))}; eCom {string.Join(", ", stage.Stores.Ecom.Requests.Entries.Select(e => e.Endpoint))}");
}
