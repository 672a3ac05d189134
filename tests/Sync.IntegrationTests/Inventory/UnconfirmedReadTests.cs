using Sync.Application.Platforms.Ecom;
using Sync.Infrastructure.State;

namespace Sync.IntegrationTests.Inventory;

/// <summary>ALL-4: an empty or failed POS inventory read is not zero stock; flush, put-back and reconcile write nothing.</summary>
public sealed class UnconfirmedReadTests : IAsyncLifetime
{
    private const string ProductInventory = "GET /api/2.0/products/{id}/inventory";
    private const string AllInventory = "GET /api/2.0/inventory";
    private InventoryStage stage = null!;

    public async Task InitializeAsync() => stage = await InventoryStage.StartAsync();

    public async Task DisposeAsync() => await stage.DisposeAsync();

    [Fact]
    [Trait("Rule", "ALL-4")]
    public async Task ALL4_a_flush_whose_inventory_read_comes_back_empty_writes_nothing_and_says_so()
    {
        var tee = stage.Product("TEE-M");
        var before = stage.Stores.Ecom.QuantityOf("TEE-M");
        stage.Stores.Pos.Faults.AnswerEmptyNext(ProductInventory, count: 100);
        stage.Stores.Ecom.Requests.Clear();

        stage.Stores.Pos.SetStock(tee.Id, stage.Outlets[0], 0);

        await WithheldAsync(1);
        Assert.Equal(before, stage.Stores.Ecom.QuantityOf("TEE-M"));
        Assert.Empty(EcomWrites());
    }

    [Fact]
    [Trait("Rule", "ALL-4")]
    public async Task ALL4_a_put_back_whose_inventory_read_fails_writes_nothing()
    {
        await stage.ReconcileAsync(); // links the catalogues, as a deployed app's first reconcile does
        stage.Stores.Pos.Faults.FailNext(ProductInventory, count: 1000, status: 500);
        await stage.EditEcomAsync("MUG-L", EcomStock.Of(99));
        stage.Stores.Ecom.Requests.Clear();

        // The edit's product.updated webhook is judged (INV-5); its POS read fails, so it is retried, and nothing is put back.
        await Eventually.HoldsAsync(async () => await stage.Host.CountAsync(TableNames.Attempts) >= 1, "the put-back failed on its read", 60);

        Assert.Equal(99, stage.Stores.Ecom.QuantityOf("MUG-L"));
        Assert.Empty(EcomWrites());
    }

    [Fact]
    [Trait("Rule", "ALL-4")]
    public async Task ALL4_a_reconcile_whose_inventory_read_comes_back_empty_sets_nothing_to_zero_and_reports_each_sku()
    {
        var levels = stage.Stores.Catalogue.Products.ToDictionary(p => p.Sku, p => stage.Stores.Ecom.QuantityOf(p.Sku));
        stage.Stores.Pos.Faults.AnswerEmptyNext(AllInventory, count: 100);
        stage.Stores.Ecom.Requests.Clear();

        var report = await stage.ReconcileAsync();

        Assert.Empty(EcomWrites());
        Assert.Equal(levels, stage.Stores.Catalogue.Products.ToDictionary(p => p.Sku, p => stage.Stores.Ecom.QuantityOf(p.Sku)));
        Assert.Equal(0, report.Repaired);
        var tracked = stage.Stores.Catalogue.Products.Where(p => p.HasInventory).Select(p => p.Sku).Order().ToList();
        Assert.All(tracked, sku => Assert.Contains(sku, report.Unconfirmed!));
        await WithheldAsync(tracked.Count);
    }

    [Fact]
    [Trait("Rule", "ALL-4")]
    public async Task ALL4_a_reconcile_whose_inventory_read_fails_writes_nothing()
    {
        stage.Stores.Pos.Faults.FailNext(AllInventory, count: 1000, status: 500);
        stage.Stores.Ecom.Requests.Clear();

        await Assert.ThrowsAnyAsync<Exception>(stage.ReconcileAsync);

        Assert.Empty(EcomWrites());
    }

    private IEnumerable<string> EcomWrites() =>
        stage.Stores.Ecom.Requests.Entries.Where(e => !e.Endpoint.StartsWith("GET ", StringComparison.Ordinal)).Select(e => e.PathAndQuery);

    private Task WithheldAsync(int atLeast) => Eventually.HoldsAsync(
        async () => await stage.Host.CountAsync(TableNames.Audit, "Action eq 'ecom.stock.withheld' and RuleId eq 'ALL-4'") >= atLeast,
        "the withheld writes are in the audit trail", 30);
}
