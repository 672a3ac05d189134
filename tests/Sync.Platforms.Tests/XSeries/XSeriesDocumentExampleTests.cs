using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.XSeries;

/// <summary>The vendor documents' own example answers, fed through the client: what it reads from each is what the example says.</summary>
public sealed class XSeriesDocumentExampleTests : IAsyncLifetime
{
    private XSeriesSimulator sim = null!;
    private ServiceProvider services = null!;
    private IXSeriesClient client = null!;

    public async Task InitializeAsync()
    {
        sim = await XSeriesSimulator.StartAsync();
        services = Clients.ForXSeries(sim);
        client = services.GetRequiredService<IXSeriesClient>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await sim.DisposeAsync();
    }

    [Fact]
    public async Task A_products_inventory_answer_without_version_gives_every_level_not_zero()
    {
        var rows = Rows("GET", "/api/2.0/products/{id}/inventory");
        sim.AnswerNextWithDocumentExample("GET", "/api/2.0/products/{id}/inventory");

        var levels = await client.GetProductInventoryAsync((string)rows[0]!["product_id"]!, default);

        Assert.Null(XSeriesOpenApi.Examples("GET", "/api/2.0/products/{id}/inventory", 200).Single()["version"]);
        Assert.Equal(rows.Select(r => ((string)r!["outlet_id"]!, (decimal)r["inventory_level"]!)), levels.Select(l => (l.OutletId, l.Level)));
        Assert.Contains(levels, l => l.Level > 0);
    }

    [Fact]
    public async Task The_inventory_list_example_is_read_whole_negative_levels_included()
    {
        var rows = Rows("GET", "/api/2.0/inventory");
        sim.AnswerNextWithDocumentExample("GET", "/api/2.0/inventory");

        var levels = await client.GetInventoryAsync(0, 500, default).ToListAsync();

        Assert.Equal(rows.Select(r => ((string)r!["product_id"]!, (decimal)r["inventory_level"]!, (long)r["version"]!)),
            levels.Select(l => (l.ProductId, l.Level, l.Version)));
    }

    [Fact]
    public async Task The_product_examples_are_read()
    {
        var listed = Rows("GET", "/api/2.0/products");
        var single = XSeriesOpenApi.Examples("GET", "/api/2.0/products/{id}", 200).Single()["data"]!;
        sim.AnswerNextWithDocumentExample("GET", "/api/2.0/products");
        sim.AnswerNextWithDocumentExample("GET", "/api/2.0/products/{id}");

        var products = await client.GetProductsAsync(0, default).ToListAsync();
        var product = await client.GetProductAsync((string)single["id"]!, default);

        Assert.Equal(listed.Select(p => ((string)p!["sku"]!, (bool)p["has_inventory"]!)), products.Select(p => (p.Sku, p.HasInventory)));
        Assert.Equal(((string)single["sku"]!, (string)single["name"]!), (product!.Sku, product.Name));
    }

    [Fact]
    public async Task The_store_examples_are_read()
    {
        sim.AnswerNextWithDocumentExample("GET", "/api/2.0/outlets");
        sim.AnswerNextWithDocumentExample("GET", "/api/2.0/payment_types");
        sim.AnswerNextWithDocumentExample("GET", "/api/2.0/users");

        var outlets = await client.GetOutletsAsync(default);
        var payments = await client.GetPaymentTypesAsync(default);
        var users = await client.GetUsersAsync(default);

        Assert.Equal(Rows("GET", "/api/2.0/outlets").Select(o => (string)o!["name"]!), outlets.Select(o => o.Name));
        Assert.Equal(Rows("GET", "/api/2.0/payment_types").Select(p => (int)p!["type_id"]!), payments.Select(p => p.TypeId));
        Assert.Equal(Rows("GET", "/api/2.0/users").Select(u => (string)u!["id"]!), users.Select(u => u.Id));
    }

    [Fact]
    public async Task The_sale_example_is_read_with_its_lines_and_payments()
    {
        var example = XSeriesOpenApi.Examples("GET", "/api/2.0/sales/{id}", 200).Single()["data"]!;
        sim.AnswerNextWithDocumentExample("GET", "/api/2.0/sales/{id}");

        var sale = await client.GetSaleAsync((string)example["id"]!, default);

        Assert.Equal(SaleState.Closed, sale!.State);
        Assert.Equal(example["line_items"]!.AsArray().Select(l => (string)l!["id"]!), sale.Lines.Select(l => l.Id));
        Assert.Equal(example["payments"]!.AsArray().Count, sale.Payments.Count);
    }

    private static JsonArray Rows(string method, string route) => XSeriesOpenApi.Examples(method, route, 200).Single()["data"]!.AsArray();
}
