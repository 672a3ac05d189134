using Sync.Simulators.XSeries;
using Xunit.Abstractions;

namespace Sync.IntegrationTests.Inventory;

/// <summary>ALL-1 as a property: whatever the webhooks do, one reconcile brings every mapped product to the rule's level.</summary>
public sealed class ConvergenceTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task ALL1_with_webhooks_duplicated_reordered_delayed_and_dropped_one_reconcile_converges()
    {
        // A store with ten registers: its X-Series budget lets the test run in seconds.
        await using var stage = await InventoryStage.StartAsync(registers: 10);
        var webhooks = stage.Stores.Pos.Webhooks;
        (webhooks.Copies, webhooks.Reorder, webhooks.Delay, webhooks.DropPercent) = (2, true, TimeSpan.FromMilliseconds(20), 20);
        var tracked = stage.Stores.Catalogue.Products.Where(p => p.HasInventory).ToList();

        foreach (var seed in new[] { 7, 42, 1234 })
        {
            webhooks.Seed = seed;
            var random = new Random(seed);
            for (var step = 0; step < 15; step++)
            {
                var product = tracked[random.Next(tracked.Count)];
                stage.Stores.Pos.SetStock(product.Id, stage.Outlets[random.Next(stage.Outlets.Count)], random.Next(-2, 9));
            }

            await webhooks.FlushAsync();
            await stage.QueuesDrainAsync();
            var report = await stage.ReconcileAsync();
            output.WriteLine($"seed {seed}: {report.Drifted} drifted, repaired by one reconcile; {stage.Stores.Pos.Requests.Entries.Count} POS and {stage.Stores.Ecom.Requests.Entries.Count} eCom calls so far");

            AssertConverged(stage, stage.Stores.Catalogue.Products, seed);
        }
    }

    private static void AssertConverged(InventoryStage stage, IEnumerable<SimProduct> products, int seed)
    {
        foreach (var product in products)
        {
            Assert.True(
                stage.RuleLevel(product.Sku, stage.Outlets) == stage.Stores.Ecom.QuantityOf(product.Sku),
                $"seed {seed}: {product.Sku} is {stage.Stores.Ecom.QuantityOf(product.Sku)} in eCom, the rule says {stage.RuleLevel(product.Sku, stage.Outlets)}");
        }
    }
}
