using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sync.DevHost;
using Sync.Simulators.Ecwid;
using Sync.Simulators.Shared;

namespace Sync.IntegrationTests.EndToEnd;

/// <summary>The simulators sign as the platforms do; the receivers accept their webhooks and refuse tampered copies.</summary>
public sealed class SimulatorWebhookTests : IAsyncLifetime
{
    private RunningDevHost host = null!;
    private DemoStores stores = null!;

    public async Task InitializeAsync()
    {
        host = await RunningDevHost.StartAsync(["--DevHost:Simulators=start"]);
        stores = host.Services.GetRequiredService<DemoStores>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_stock_change_in_the_pos_simulator_is_delivered_signed_and_accepted()
    {
        var product = stores.Catalogue.Products.First(p => p.HasInventory);
        stores.Pos.SetStock(product.Id, stores.Catalogue.Outlets[0].Id, 42);
        await stores.Pos.Webhooks.FlushAsync();

        var delivery = Assert.Single(stores.Pos.Webhooks.Deliveries, d => d.Type == "inventory.update");
        Assert.Equal(200, delivery.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, await ResendTamperedAsync(delivery));
    }

    [Fact]
    public async Task An_order_placed_in_the_ecom_simulator_is_delivered_signed_and_accepted()
    {
        stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("TEE-M", 1)]);
        await stores.Ecom.Webhooks.FlushAsync();

        var delivery = Assert.Single(stores.Ecom.Webhooks.Deliveries, d => d.Type == "order.created");
        Assert.Equal(200, delivery.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, await ResendTamperedAsync(delivery, "\"eventId\":\"", "\"eventId\":\"x"));
    }

    private async Task<HttpStatusCode> ResendTamperedAsync(WebhookDelivery delivery, string from = "42", string to = "43")
    {
        var body = delivery.Body.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(delivery.Body, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, delivery.Url.AbsolutePath.EndsWith("ecom", StringComparison.Ordinal) ? "application/json" : "application/x-www-form-urlencoded"),
        };
        foreach (var (name, value) in delivery.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return (await host.Http.SendAsync(request)).StatusCode;
    }
}
