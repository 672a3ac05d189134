using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sync.Application.Platforms.Ecom;
using Sync.Platforms.Ecom;

namespace Sync.Platforms.Tests.Ecom;

/// <summary>
/// Every Ecwid endpoint the client uses, answered with a response shaped as the API reference documents it
/// (<see cref="DocumentedExamples"/>), read through the client unchanged.
/// </summary>
public sealed class DocumentedExampleTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private ServiceProvider services = null!;
    private IEcomClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        var store = app.MapGroup("/api/v3/1003");
        store.MapGet("/orders", () => Json(DocumentedExamples.Orders));
        store.MapGet("/orders/SHOP-B8HGD-EU", () => Json(DocumentedExamples.Order));
        store.MapPut("/orders/SHOP-B8HGD-EU", () => Json(DocumentedExamples.Updated));
        store.MapGet("/products", () => Json(DocumentedExamples.Products));
        store.MapGet("/products/66722487", () => Json(DocumentedExamples.Product));
        store.MapPut("/products/66722487", () => Json(DocumentedExamples.Updated));
        store.MapPut("/products/66722487/combinations/7084071", () => Json(DocumentedExamples.Updated));
        store.MapGet("/customers", () => Json(DocumentedExamples.Customers));
        await app.StartAsync();

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ecom:BaseUrl"] = app.Urls.First(),
            ["Ecom:StoreId"] = "1003",
            ["Ecom:AccessToken"] = "secret_token",
        }).Build();
        services = new ServiceCollection().AddLogging().AddEcomClient(configuration).BuildServiceProvider();
        client = services.GetRequiredService<IEcomClient>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task A_documented_order_reads_with_its_string_id_payment_module_pickup_and_stored_notification_flag()
    {
        var order = await client.GetOrderAsync("SHOP-B8HGD-EU", default);
        var listed = Assert.Single(await client.GetOrdersUpdatedSinceAsync(DateTimeOffset.UnixEpoch, default).ToListAsync());

        Assert.Equal(order, listed with { Items = order!.Items });
        Assert.Equal(("SHOP-B8HGD-EU", "ada@example.com", "Ada Lovelace", 41.9m), (order.Id, order.Email, order.CustomerName, order.Total));
        Assert.Equal(("PAID", "Credit or debit card (Mollie)", "CUSTOM_PAYMENT_APP-mollie-pg"), (order.PaymentStatus, order.PaymentMethod, order.PaymentModule));
        Assert.Equal(("AWAITING_PROCESSING", "Pickup at Main Street", "PICKUP", true), (order.FulfillmentStatus, order.ShippingMethodName, order.FulfillmentType, order.IsPickup));
        Assert.True(order.CustomerNotificationsDisabled);
        Assert.Equal([new EcomOrderItem(66722487, 7084071, "TEE-M", 2, 12.0m, "T-Shirt"), new EcomOrderItem(66821181, null, "MUG", 1, 12.0m, "Mug")], order.Items);
        Assert.Equal((1796051316L, 1796051375L), (order.Created.ToUnixTimeSeconds(), order.Updated.ToUnixTimeSeconds()));
    }

    [Fact]
    public async Task A_documented_product_reads_with_its_combinations_in_a_search_and_alone()
    {
        var product = await client.GetProductAsync(66722487, default);
        var listed = Assert.Single(await client.GetProductsAsync(default).ToListAsync());

        Assert.Equal(("TEE", 0, false, true), (product!.Sku, product.Quantity, product.Unlimited, product.InStock));
        Assert.Equal([new EcomCombination(7084071, 66722487, "TEE-M", 4, false), new EcomCombination(7084072, 66722487, null, null, true)], product.Combinations);
        Assert.Equal(product.Combinations, listed.Combinations);
        Assert.Equal(new EcomSkuMatch(66722487, 7084071, 4, false), await client.FindBySkuAsync("TEE-M", default));
    }

    [Fact]
    public async Task Documented_update_answers_count_as_applied()
    {
        Assert.True(await client.UpdateOrderStatusAsync("SHOP-B8HGD-EU", new OrderStatusChange(null, "PROCESSING"), default));
        Assert.True(await client.SetProductStockAsync(66722487, EcomStock.Of(3), default));
        Assert.True(await client.SetCombinationStockAsync(66722487, 7084071, EcomStock.Of(3), default));
    }

    [Fact]
    public async Task A_documented_customer_is_found_by_email()
    {
        var customer = await client.FindCustomerByEmailAsync("ada@example.com", default);

        Assert.Equal(new EcomCustomer(1663830, "ada@example.com", "Ada Lovelace"), customer);
    }

    private static IResult Json(string body) => Results.Text(body, "application/json");
}
