using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Sync.DevHost;
using Sync.Functions.Inventory;
using Sync.Functions.Orders;
using Sync.Functions.Status;
using Sync.Infrastructure.State;
using Sync.IntegrationTests.EndToEnd;
using Sync.Simulators.Ecwid;

namespace Sync.IntegrationTests.Settings;

/// <summary>ALL-4, ALL-5: a fresh deploy has no settings; the demo run writes nothing to either platform until they are set.</summary>
public sealed class NotConfiguredTests : IAsyncLifetime
{
    private RunningDevHost host = null!;
    private DemoStores stores = null!;

    public async Task InitializeAsync()
    {
        host = await RunningDevHost.StartAsync(["--DevHost:Simulators=start", "--DevHost:DemoSettings=false", "--Sync:Settings:CoalescingWindow=00:00:00.200"]);
        stores = host.Services.GetRequiredService<DemoStores>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    [Trait("Rule", "ALL-4")]
    [Trait("Rule", "ALL-5")]
    public async Task ALL5_with_empty_settings_stock_changes_orders_and_reconciles_write_nothing_and_health_says_NotConfigured()
    {
        var demo = stores.Catalogue;
        var tee = demo.Products.Single(p => p.Sku == "TEE-M");
        stores.Pos.SetStock(tee.Id, demo.Outlets[0].Id, 0);
        var order = stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("TEE-L", 1)]);

        // eCom lowers its own stock for the order; from here on, only this service could change a level.
        var levels = demo.Products.Select(p => p.Sku).ToDictionary(s => s, stores.Ecom.QuantityOf);
        await Eventually.HoldsAsync(async () => await host.CountAsync(TableNames.Attempts) >= 2, "both events were tried and told to wait", 30);
        await RunTimersAsync();

        Assert.Empty(Writes(stores.Pos.Requests.Entries));
        Assert.Empty(Writes(stores.Ecom.Requests.Entries));
        Assert.Equal(levels, demo.Products.Select(p => p.Sku).ToDictionary(s => s, stores.Ecom.QuantityOf));
        Assert.Equal(0, (await host.Http.GetFromJsonAsync<JsonElement>("/api/ops/parked")).GetArrayLength());
        using var response = await host.Http.GetAsync("/api/ops/health");
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("NotConfigured", health.GetProperty("status").GetString());
        var missing = health.GetProperty("checks").GetProperty("settings").GetProperty("data").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("onlineRegisterId", missing);
        Assert.Contains("saleUserId", missing);
        Assert.Contains("noTaxId", missing);

        // The messages waited rather than failing: once the settings are saved, they are applied.
        var (_, version) = await SettingsApi.GetAsync(host.Http);
        (await SettingsApi.PutAsync(host.Http, DemoSettings.For(demo), version)).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(() => Task.FromResult(stores.Pos.Sales.Any(s => s.SourceId == $"{order.Id}")), "the waiting order is synced", 60);
        var expected = demo.Outlets.Sum(o => (int)stores.Pos.StockOf(tee.Id, o.Id));
        await Eventually.HoldsAsync(() => Task.FromResult(stores.Ecom.QuantityOf("TEE-M") == expected), "the waiting stock change is written", 60);
        Assert.Equal(0, (await host.Http.GetFromJsonAsync<JsonElement>("/api/ops/parked")).GetArrayLength());
    }

    /// <summary>The three reconcile timers, as the host runs them.</summary>
    private async Task RunTimersAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<ReconcileInventoryTimer>(scope.ServiceProvider).Run(new TimerInfo(), CancellationToken.None);
        await ActivatorUtilities.CreateInstance<ReconcileOrders>(scope.ServiceProvider).Run(new TimerInfo(), CancellationToken.None);
        await ActivatorUtilities.CreateInstance<ReconcileStatus>(scope.ServiceProvider).Run(new TimerInfo(), CancellationToken.None);
    }

    internal static IEnumerable<string> Writes(IEnumerable<Sync.Simulators.Shared.LoggedRequest> requests) =>
        requests.Where(r => !r.Endpoint.StartsWith("GET ", StringComparison.Ordinal)).Select(r => r.Endpoint);
}
