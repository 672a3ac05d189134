using System.Text.Json;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.Ecwid;
using Sync.Simulators.Shared;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.Webhooks;

public sealed class WebhookEmissionTests
{
    [Fact]
    public async Task A_counter_sale_emits_one_inventory_update_per_changed_row_and_a_sale_update_signed_over_the_raw_body()
    {
        await using var inbox = await WebhookInbox.StartAsync();
        await using var sim = await XSeriesSimulator.StartAsync();
        var demo = sim.SeedDemoStore();
        sim.Webhooks.TargetUrl = inbox.Url;

        sim.SellAtCounter(demo.OnlineRegisters[0].Id, demo.User.Id, demo.Products[0].Id, 1, 10m);
        await sim.Webhooks.FlushAsync();

        var forms = inbox.Received.Select(r => (Hook: r, Form: FormBody.Parse(r.Body))).ToList();
        Assert.Equal(["inventory.update", "sale.update"], forms.Select(f => f.Form["type"]).Order());
        Assert.All(forms, f => Assert.Equal(
            $"signature={XSeriesSignature.Sign(f.Hook.Body, sim.ClientSecret)},algorithm=HMAC-SHA256", f.Hook.Headers["X-Signature"]));
        Assert.All(forms, f => Assert.StartsWith("application/x-www-form-urlencoded", f.Hook.ContentType));
        var inventory = JsonDocument.Parse(forms.Single(f => f.Form["type"] == "inventory.update").Form["payload"]).RootElement;
        Assert.Equal(sim.StockOf(demo.Products[0].Id, demo.Outlets[0].Id), inventory.GetProperty("count").GetDecimal());
        Assert.Equal("TEE-S", inventory.GetProperty("product").GetProperty("sku").GetString());
        Assert.Equal(sim.DomainPrefix, forms[0].Form["domain_prefix"]);
    }

    [Fact]
    public void The_xseries_signature_can_be_sent_in_base64()
    {
        var hex = XSeriesSignature.Sign("payload=%7B%7D", "secret");
        var base64 = XSeriesSignature.Sign("payload=%7B%7D", "secret", base64: true);

        Assert.Equal(Convert.FromHexString(hex), Convert.FromBase64String(base64));
        Assert.Equal(64, hex.Length);
    }

    [Fact]
    public async Task An_ecwid_order_emits_order_created_and_an_update_carries_old_and_new_statuses_signed_over_created_and_id()
    {
        await using var inbox = await WebhookInbox.StartAsync();
        await using var sim = await EcwidSimulator.StartAsync();
        sim.Webhooks.TargetUrl = inbox.Url;
        sim.AddProduct("MUG", "Mug", 5);
        var order = sim.PlaceOrder("ada@example.com", "Ada", [new OrderLine("MUG", 1)]);
        await using var services = Clients.ForEcom(sim);
        var client = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Application.Platforms.Ecom.IEcomClient>(services);

        await client.UpdateOrderStatusAsync(order.Id, new(null, "SHIPPED"), default);
        await sim.Webhooks.FlushAsync();

        var events = inbox.Received.Select(r => (Hook: r, Json: JsonDocument.Parse(r.Body).RootElement)).OrderBy(e => e.Json.GetProperty("eventType").GetString()).ToList();
        Assert.Equal(["order.created", "order.updated"], events.Select(e => e.Hook.Query["eventType"]));
        Assert.All(events, e => Assert.Equal(
            EcwidSignature.Sign(e.Json.GetProperty("eventCreated").GetInt64(), e.Json.GetProperty("eventId").GetString()!, sim.ClientSecret),
            e.Hook.Headers["X-Ecwid-Webhook-Signature"]));
        var data = events[1].Json.GetProperty("data");
        Assert.Equal(("AWAITING_PROCESSING", "SHIPPED"), (data.GetProperty("oldFulfillmentStatus").GetString(), data.GetProperty("newFulfillmentStatus").GetString()));
        Assert.Equal(order.OrderNumber, events[1].Json.GetProperty("entityId").GetInt64());
        Assert.Equal(order.Id, data.GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task Deliveries_are_duplicated_reordered_and_dropped_as_configured_and_never_throw_into_the_caller()
    {
        await using var inbox = await WebhookInbox.StartAsync();
        await using var sim = await EcwidSimulator.StartAsync();
        sim.AddProduct("MUG", "Mug", null);
        sim.Webhooks.TargetUrl = inbox.Url;
        sim.Webhooks.Copies = 2;
        sim.Webhooks.Reorder = true;
        sim.Webhooks.Seed = 7;
        var placed = Enumerable.Range(0, 5).Select(_ => sim.PlaceOrder("a@example.com", "A", [new OrderLine("MUG", 1)]).Id).ToList();
        Assert.Empty(inbox.Received);

        await sim.Webhooks.FlushAsync();
        var received = inbox.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("orderId").GetString()).ToList();
        sim.Webhooks.TargetUrl = new Uri("http://127.0.0.1:1/unreachable");
        sim.Webhooks.Reorder = false;
        sim.PlaceOrder("a@example.com", "A", [new OrderLine("MUG", 1)]);
        await sim.Webhooks.FlushAsync();

        Assert.Equal(placed.SelectMany(p => new[] { p, p }).Order(), received.Order());
        Assert.NotEqual(placed.SelectMany(p => new[] { p, p }), received);
        Assert.Equal(2, sim.Webhooks.Deliveries.Count(d => d.Error is not null));
    }

    [Fact]
    public async Task A_dropped_share_of_deliveries_is_recorded_but_not_sent()
    {
        await using var inbox = await WebhookInbox.StartAsync();
        await using var sim = await EcwidSimulator.StartAsync();
        sim.AddProduct("MUG", "Mug", null);
        sim.Webhooks.TargetUrl = inbox.Url;
        sim.Webhooks.DropPercent = 100;

        sim.PlaceOrder("a@example.com", "A", [new OrderLine("MUG", 1)]);
        await sim.Webhooks.FlushAsync();

        Assert.Empty(inbox.Received);
        Assert.True(Assert.Single(sim.Webhooks.Deliveries).Dropped);
    }
}
