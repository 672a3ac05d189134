using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.Ecom;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.Ecwid;

namespace Sync.Platforms.Tests.Ecom;

public sealed class EcomContractTests : IAsyncLifetime
{
    private const string PutOrder = "PUT /api/v3/{storeId}/orders/{orderId}";
    private const string PutProduct = "PUT /api/v3/{storeId}/products/{id}";
    private const string PutCombination = "PUT /api/v3/{storeId}/products/{id}/combinations/{combinationId}";
    private EcwidSimulator sim = null!;
    private ServiceProvider services = null!;
    private IEcomClient client = null!;

    public async Task InitializeAsync()
    {
        sim = await EcwidSimulator.StartAsync(new EcwidSimulatorOptions { OrderIdPrefix = "SHOP-", OrderIdSuffix = "-EU" });
        services = Clients.ForEcom(sim);
        client = services.GetRequiredService<IEcomClient>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await sim.DisposeAsync();
    }

    [Fact]
    public async Task An_order_is_read_and_updated_by_its_string_id_and_its_internal_number_finds_nothing()
    {
        var tee = sim.AddProduct("TEE", "T-Shirt", 0);
        sim.AddCombination(tee.Id, "TEE-M", 5);
        var placed = sim.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("TEE-M", 2)], fulfillmentType: null, isPickup: true,
            paymentMethod: "Credit or debit card", paymentModule: "CUSTOM_PAYMENT_APP-mollie-pg");

        Assert.True(await client.UpdateOrderStatusAsync(placed.Id, new OrderStatusChange(null, "READY_FOR_PICKUP"), default));
        var order = await client.GetOrderAsync(placed.Id, default);

        Assert.Matches("^SHOP-[A-Z0-9]{5}-EU$", order!.Id);
        Assert.Equal(("PAID", "READY_FOR_PICKUP", null, true), (order.PaymentStatus, order.FulfillmentStatus, order.FulfillmentType, order.IsPickup));
        Assert.Equal("CUSTOM_PAYMENT_APP-mollie-pg", order.PaymentModule);
        Assert.Equal(("TEE-M", 2), (order.Items.Single().Sku, order.Items.Single().Quantity));
        Assert.NotNull(order.Items.Single().CombinationId);
        Assert.Empty(sim.InternalNumberRequests);
        Assert.Null(await client.GetOrderAsync(placed.OrderNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), default));
        Assert.Single(sim.InternalNumberRequests);
    }

    [Fact]
    public async Task Orders_updated_since_a_time_are_paged_by_offset()
    {
        sim.AddProduct("MUG", "Mug", null);
        var orders = Enumerable.Range(0, 250).Select(_ => sim.PlaceOrder("a@example.com", "A", [new OrderLine("MUG", 1)])).ToList();
        sim.SetOrderUpdated(orders[0].Id, DateTimeOffset.UtcNow.AddDays(-2));

        var updated = await client.GetOrdersUpdatedSinceAsync(DateTimeOffset.UtcNow.AddDays(-1), default).ToListAsync();

        Assert.Equal(249, updated.Select(o => o.Id).Distinct().Count());
        Assert.Equal(3, sim.Requests.Count("GET /api/v3/{storeId}/orders"));
    }

    [Fact]
    public async Task A_thousand_products_with_their_combinations_are_read_in_ten_searches()
    {
        for (var i = 0; i < 1000; i++)
        {
            var product = sim.AddProduct($"SKU-{i}", $"Product {i}", 0);
            sim.AddCombination(product.Id, $"SKU-{i}-S", i);
            sim.AddCombination(product.Id, $"SKU-{i}-L", null);
        }

        var products = await client.GetProductsAsync(default).ToListAsync();

        Assert.Equal(1000, products.Select(p => p.Id).Distinct().Count());
        Assert.All(products, p => Assert.Equal(2, p.Combinations.Count));
        Assert.Equal((7, false), (products[7].Combinations[0].Quantity, products[7].Combinations[0].Unlimited));
        Assert.True(products[7].Combinations[1].Unlimited);
        Assert.Equal(10, sim.Requests.Entries.Count);
    }

    [Fact]
    public async Task A_sku_is_found_on_a_product_or_on_one_of_its_combinations_in_one_search()
    {
        var tee = sim.AddProduct("TEE", "T-Shirt", 0);
        var medium = sim.AddCombination(tee.Id, "TEE-M", 4);
        var card = sim.AddProduct("CARD", "Gift card", null);

        var variant = await client.FindBySkuAsync("TEE-M", default);
        var product = await client.FindBySkuAsync("CARD", default);

        Assert.Equal(new EcomSkuMatch(tee.Id, medium.Id, 4, false), variant);
        Assert.Equal(new EcomSkuMatch(card.Id, null, null, true), product);
        Assert.Null(await client.FindBySkuAsync("NOPE", default));
        Assert.Equal(3, sim.Requests.Entries.Count);
        Assert.Equal(medium.Id, (await client.GetProductAsync(tee.Id, default))!.Combinations.Single().Id);
    }

    [Fact]
    public async Task Stock_is_set_absolutely_or_to_unlimited_on_products_and_combinations()
    {
        var tee = sim.AddProduct("TEE", "T-Shirt", 0);
        var medium = sim.AddCombination(tee.Id, "TEE-M", 4);
        var mug = sim.AddProduct("MUG", "Mug", 3);

        Assert.True(await client.SetCombinationStockAsync(tee.Id, medium.Id, EcomStock.Of(9), default));
        Assert.True(await client.SetProductStockAsync(mug.Id, EcomStock.UnlimitedStock, default));
        var unlimitedMug = await client.GetProductAsync(mug.Id, default);
        Assert.True(await client.SetProductStockAsync(mug.Id, EcomStock.Of(7), default));

        Assert.Equal(9, sim.QuantityOf("TEE-M"));
        Assert.True(unlimitedMug!.Unlimited);
        Assert.Equal((7, false), (sim.Product(mug.Id).Quantity, sim.Product(mug.Id).Unlimited));
        Assert.Null(await client.GetProductAsync(1, default));
    }

    [Fact]
    public async Task A_stock_write_answered_update_count_0_is_detected_by_a_re_read_and_reported_not_applied()
    {
        var tee = sim.AddProduct("TEE", "T-Shirt", 0);
        var medium = sim.AddCombination(tee.Id, "TEE-M", 4);
        var mug = sim.AddProduct("MUG", "Mug", 3);
        sim.AnswerNotUpdated(PutProduct);
        sim.AnswerNotUpdated(PutCombination);

        Assert.False(await client.SetProductStockAsync(mug.Id, EcomStock.Of(8), default));
        Assert.False(await client.SetCombinationStockAsync(tee.Id, medium.Id, EcomStock.Of(9), default));

        Assert.Equal((3, 4), (sim.QuantityOf("MUG"), sim.QuantityOf("TEE-M")));
        Assert.Equal(1, sim.Requests.Count("GET /api/v3/{storeId}/products/{id}"));
        Assert.Equal(1, sim.Requests.Count("GET /api/v3/{storeId}/products/{id}/combinations/{combinationId}"));
    }

    [Fact]
    public async Task A_write_answered_update_count_0_that_eCom_already_holds_counts_as_done()
    {
        var mug = sim.AddProduct("MUG", "Mug", 3);
        sim.AddProduct("TEE", "T-Shirt", 1);
        var order = sim.PlaceOrder("a@example.com", "A", [new OrderLine("TEE", 1)]);
        sim.AnswerNotUpdated(PutProduct);
        sim.AnswerNotUpdated(PutOrder, 2);

        Assert.True(await client.SetProductStockAsync(mug.Id, EcomStock.Of(3), default));
        Assert.True(await client.UpdateOrderStatusAsync(order.Id, new OrderStatusChange("PAID", null), default));
        Assert.False(await client.UpdateOrderStatusAsync(order.Id, new OrderStatusChange(null, "SHIPPED"), default));
        Assert.Equal("AWAITING_PROCESSING", sim.Order(order.Id).FulfillmentStatus);
    }

    [Fact]
    public async Task The_orders_customer_notification_flag_is_stored_and_read_back()
    {
        sim.AddProduct("MUG", "Mug", 3);
        var placed = sim.PlaceOrder("a@example.com", "A", [new OrderLine("MUG", 1)]);

        Assert.True(await client.UpdateOrderStatusAsync(placed.Id, new OrderStatusChange(null, "PROCESSING", DisableCustomerNotifications: true), default));
        var silenced = await client.GetOrderAsync(placed.Id, default);
        sim.ChangeStatusInAdmin(placed.Id, fulfillmentStatus: "SHIPPED");

        Assert.True(silenced!.CustomerNotificationsDisabled);
        Assert.Empty(sim.CustomerEmails);
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
