using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sync.Application.Events;

namespace Sync.IntegrationTests.EndToEnd;

/// <summary>Bad input gets a clear answer and never reaches a queue (queue triggers are off, so a queue is observable).</summary>
public sealed class ReceiverTests : IAsyncLifetime
{
    private RunningDevHost host = null!;

    public async Task InitializeAsync() =>
        host = await RunningDevHost.StartAsync(["--DevHost:QueueTriggers=false", "--Webhooks:MaxBodyBytes=4096"]);

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<int> QueuedEverywhereAsync()
    {
        var total = 0;
        foreach (var concern in Queues.All)
        {
            total += await host.QueuedAsync(Queues.For(concern));
        }

        return total;
    }

    [Fact]
    public async Task A_signed_webhook_is_answered_200_and_lands_on_its_queue()
    {
        var response = await host.Http.SendAsync(SignedWebhooks.XSeriesInventory("p-1", 5));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await host.QueuedAsync(Queues.Inventory));
    }

    [Fact]
    public async Task A_forged_webhook_is_401_and_reaches_no_queue()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.SendAsync(SignedWebhooks.XSeriesInventory("p-1", 5, secret: "forger"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.SendAsync(SignedWebhooks.Ecom("order.created", "7", secret: "forger"))).StatusCode);
        Assert.Equal(0, await QueuedEverywhereAsync());
    }

    [Fact]
    public async Task An_unsigned_webhook_is_401_and_reaches_no_queue()
    {
        var request = SignedWebhooks.XSeriesInventory("p-1", 5);
        request.Headers.Remove("X-Signature");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous.SendAsync(request)).StatusCode); // no signature and no key (ALL-6)
        var ecom = SignedWebhooks.Ecom("order.created", "7");
        ecom.Headers.Remove("X-Ecwid-Webhook-Signature");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.SendAsync(ecom)).StatusCode);
        Assert.Equal(0, await QueuedEverywhereAsync());
    }

    [Fact]
    public async Task An_oversized_webhook_is_413_and_reaches_no_queue()
    {
        var response = await host.Http.SendAsync(SignedWebhooks.XSeriesInventory("p-1", 5, padding: new string('x', 5000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await QueuedEverywhereAsync());
    }

    [Fact]
    public async Task A_malformed_webhook_is_400_and_reaches_no_queue()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.SendAsync(SignedWebhooks.XSeries("inventory.update", "payload=%7Bbroken"))).StatusCode);
        var ecom = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/ecom") { Content = new StringContent("{\"eventId\":", Encoding.UTF8, "application/json") };
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.SendAsync(ecom)).StatusCode);
        Assert.Equal(0, await QueuedEverywhereAsync());
    }

    [Fact]
    public async Task An_unknown_event_type_is_acknowledged_200_and_reaches_no_queue()
    {
        var body = "payload=" + Uri.EscapeDataString("""{"id":"c-1"}""");
        Assert.Equal(HttpStatusCode.OK, (await host.Http.SendAsync(SignedWebhooks.XSeries("customer.update", body))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Http.SendAsync(SignedWebhooks.Ecom("application.installed", "1"))).StatusCode);
        Assert.Equal(0, await QueuedEverywhereAsync());
    }

    [Fact]
    public async Task Health_reports_storage_and_queues_and_that_without_a_POS_the_settings_cannot_be_checked()
    {
        await host.Http.SendAsync(SignedWebhooks.XSeriesInventory("p-1", 5));
        await host.Http.SendAsync(SignedWebhooks.Ecom("order.created", "1"));
        await host.Http.SendAsync(SignedWebhooks.XSeries("sale.update", "payload=" + Uri.EscapeDataString("""{"id":"s-1"}""")));

        var response = await host.Http.GetAsync("/api/ops/health");

        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("tables").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("queues").GetProperty("status").GetString());

        // No POS answers this host: nothing may be synced, and health says so.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", health.GetProperty("checks").GetProperty("settings").GetProperty("status").GetString());
    }
}
