using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.Ecom;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.Ecwid;

namespace Sync.Platforms.Tests.Ecom;

public sealed class EcomContractTests : IAsyncLifetime
{
    private EcwidSimulator sim = null!;
    private ServiceProvider services = null!;
    private IEcomClient client = null!;

    public async Task InitializeAsync()
    {
        sim = await EcwidSimulator.StartAsync();
        services = Clients.ForEcom(sim);
        client = services.GetRequiredService<IEcomClient>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await sim.DisposeAsync();
    }

    [Fact]
    public async Task An_order_is_read_by_number_and_its_statuses_are_updated_partially()
    {
        var tee = sim.AddProduct("TEE", "T-Shirt", 0);
        sim.AddCombination(tee.Id, "TEE-M", 5);
        var placed = sim.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("TEE-M", 2)], fulfillmentType: "PICKUP");

        await client.UpdateOrderStatusAsync(placed.OrderNumber.ToString(), new OrderStatusChange(null, "READY_FOR_PICKUP"), default);
        var order = await client.GetOrderAsync(placed.OrderNumber.ToString(), default);

        Assert.Equal(("PAID", "READY_FOR_PICKUP", "PICKUP"), (order!.PaymentStatus, order.FulfillmentStatus, order.FulfillmentType));
        Assert.Equal(("TEE-M", 2), (order.Items.Single().Sku, order.Items.Single().Quantity));
        Assert.NotNull(order.Items.Single().CombinationId);
        Assert.Null(await client.GetOrderAsync("999999", default));
    }

    [Fact]
    public async Task Orders_updated_since_a_time_are_paged_by_offset()
    {
        sim.AddProduct("MUG", "Mug", null);
        var orders = Enumerable.Range(0, 250).Select(_ => sim.PlaceOrder("a@example.com", "A", [new OrderLine("MUG", 1)])).ToList();
        sim.SetOrderUpdated(orders[0].OrderNumber, DateTimeOffset.UtcNow.AddDays(-2));

        var updated = await client.GetOrdersUpdatedSinceAsync(DateTimeOffset.UtcNow.AddDays(-1), default).ToListAsync();

        Assert.Equal(249, updated.Count);
        Assert.Equal(3, sim.Requests.Count("GET /api/v3/{storeId}/orders"));
    }

    [Fact]
    public async Task A_thousand_products_are_paged_through()
    {
        for (var i = 0; i < 1000; i++)
        {
            sim.AddProduct($"SKU-{i}", $"Product {i}", i);
        }

        var products = await client.GetProductsAsync(default).ToListAsync();

        Assert.Equal(1000, products.Select(p => p.Id).Distinct().Count());
        Assert.Equal(10, sim.Requests.Count("GET /api/v3/{storeId}/products"));
    }

    [Fact]
    public async Task A_sku_is_found_on_a_product_or_on_one_of_its_combinations()
    {
        var tee = sim.AddProduct("TEE", "T-Shirt", 0);
        var medium = sim.AddCombination(tee.Id, "TEE-M", 4);
        var card = sim.AddProduct("CARD", "Gift card", null);

        var variant = await client.FindBySkuAsync("TEE-M", default);
        var product = await client.FindBySkuAsync("CARD", default);

        Assert.Equal(new EcomSkuMatch(tee.Id, medium.Id, 4, false), variant);
        Assert.Equal(new EcomSkuMatch(card.Id, null, null, true), product);
        Assert.Null(await client.FindBySkuAsync("NOPE", default));
        Assert.Equal(medium.Id, (await client.GetCombinationsAsync(tee.Id, default)).Single().Id);
        Assert.Equal("TEE-M", (await client.GetCombinationAsync(tee.Id, medium.Id, default))!.Sku);
    }

    [Fact]
    public async Task Stock_is_set_absolutely_or_to_unlimited_on_products_and_combinations()
    {
        var tee = sim.AddProduct("TEE", "T-Shirt", 0);
        var medium = sim.AddCombination(tee.Id, "TEE-M", 4);
        var mug = sim.AddProduct("MUG", "Mug", 3);

        await client.SetCombinationStockAsync(tee.Id, medium.Id, EcomStock.Of(9), default);
        await client.SetProductStockAsync(mug.Id, EcomStock.UnlimitedStock, default);
        var unlimitedMug = await client.GetProductAsync(mug.Id, default);
        await client.SetProductStockAsync(mug.Id, EcomStock.Of(7), default);

        Assert.Equal(9, sim.QuantityOf("TEE-M"));
        Assert.True(unlimitedMug!.Unlimited);
        Assert.Equal((7, false), (sim.Product(mug.Id).Quantity, sim.Product(mug.Id).Unlimited));
        Assert.Null(await client.GetProductAsync(1, default));
    }

    [Fact]
    public async Task A_placed_order_lowers_the_stores_own_stock_at_once()
    {
        sim.AddProduct("MUG", "Mug", 5);

        sim.PlaceOrder("ada@example.com", "Ada", [new OrderLine("MUG", 2)]);

        Assert.Equal(3, (await client.FindBySkuAsync("MUG", default))!.Quantity);
    }

    [Fact]
    public async Task A_customer_is_found_by_email()
    {
        sim.AddCustomer("ada@example.com", "Ada Lovelace");

        var ada = await client.FindCustomerByEmailAsync("Ada@Example.com", default);

        Assert.Equal("Ada Lovelace", ada!.Name);
        Assert.Null(await client.FindCustomerByEmailAsync("nobody@example.com", default));
    }
}
