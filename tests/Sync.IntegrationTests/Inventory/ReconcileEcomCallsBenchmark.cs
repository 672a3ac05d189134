using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Inventory;
using Xunit.Abstractions;

namespace Sync.IntegrationTests.Inventory;

/// <summary>
/// The inventory reconcile's eCom reads (orders taken in, then the catalogue with every level) for 2,000 products with 3
/// variations each: the paged product search carries the combinations, so it costs ⌈products/100⌉ searches and the orders
/// read, with no call per product. Printed as a ratio. (The reconcile's repairs are one write per drifted SKU.)
/// </summary>
public sealed class ReconcileEcomCallsBenchmark(ITestOutputHelper output)
{
    private const int Products = 2000;

    private static int DemoCombinations(InventoryStage stage) => stage.Stores.Catalogue.Products.Count(p => p.VariantParentId is not null);

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task The_reconcile_reads_2000_ecom_products_with_variations_in_one_search_per_100()
    {
        await using var stage = await InventoryStage.StartAsync();
        var ecom = stage.Stores.Ecom;
        for (var i = 0; i < Products; i++)
        {
            var product = ecom.AddProduct($"BENCH-{i}", $"Bench {i}", 0);
            foreach (var size in new[] { "S", "M", "L" })
            {
                ecom.AddCombination(product.Id, $"BENCH-{i}-{size}", i % 7);
            }
        }

        ecom.Requests.Clear();
        await using (var scope = stage.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UnrecordedOrderIntake>().TakeInAsync(CancellationToken.None);
            var snapshot = await scope.ServiceProvider.GetRequiredService<CatalogueSync>().RefreshAsync(CancellationToken.None);
            Assert.Equal(Products * 3, snapshot.EcomLevels.Keys.Count(k => k.Item2 is not null) - DemoCombinations(stage));
        }

        var calls = ecom.Requests.Entries;
        var searches = calls.Count(c => c.Endpoint == "GET /api/v3/{storeId}/products");
        var demo = stage.Stores.Catalogue.Products;
        var total = Products + demo.Count(p => p.VariantParentId is null) + demo.Select(p => p.VariantParentId).OfType<string>().Distinct().Count();
        var pages = (int)Math.Ceiling(total / 100.0);
        var byEndpoint = string.Join(", ", calls.GroupBy(c => c.Endpoint).Select(g => $"{g.Key} ×{g.Count()}"));
        output.WriteLine($"eCom calls for {Products} products × 3 variations (+ demo store): {calls.Count} = {(double)calls.Count / pages:F2} × ⌈{total}/100⌉ ({byEndpoint})");
        Assert.Equal(pages, searches);
        Assert.DoesNotContain(calls, c => c.Endpoint.Contains("/products/{id}", StringComparison.Ordinal) && c.Endpoint.StartsWith("GET", StringComparison.Ordinal));
    }
}
