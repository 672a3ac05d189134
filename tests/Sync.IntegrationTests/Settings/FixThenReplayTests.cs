using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sync.DevHost;
using Sync.IntegrationTests.EndToEnd;
using Sync.Simulators.Ecwid;

namespace Sync.IntegrationTests.Settings;

/// <summary>ALL-2, ALL-5: an order POS refused is parked; once the cause is fixed, replaying it plans it again and it syncs.</summary>
public sealed class FixThenReplayTests : IAsyncLifetime
{
    private const string CreateSale = "POST /api/register_sales";
    private RunningDevHost host = null!;
    private DemoStores stores = null!;

    public async Task InitializeAsync()
    {
        // One delivery only, so a refused order is parked at once rather than after the host's five tries.
        host = await RunningDevHost.StartAsync(["--DevHost:Simulators=start", "--AzureFunctionsJobHost:extensions:queues:maxDequeueCount=1"]);
        stores = host.Services.GetRequiredService<DemoStores>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    [Trait("Rule", "ALL-5")]
    [Trait("Rule", "ALL-2")]
    public async Task ALL5_a_made_up_user_is_refused_and_an_order_POS_refused_replays_after_the_fix_with_the_fixed_setting()
    {
        var (settings, version) = await SettingsApi.GetAsync(host.Http);
        using var madeUp = await SettingsApi.PutAsync(host.Http, settings with { SaleUserId = Guid.NewGuid().ToString() }, version);
        await SettingsEndpointTests.AssertProblemAsync(madeUp, HttpStatusCode.BadRequest);

        // POS refuses the sale as it refuses a user it does not know: 400 before anything is written.
        stores.Pos.Faults.FailNext(CreateSale, count: 1000, status: 400);
        var order = stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("MUG-S", 1)]);
        await Eventually.HoldsAsync(async () => (await ParkedAsync()).GetArrayLength() == 1, "the refused order is parked", 60);
        var degraded = await host.Http.GetFromJsonAsync<JsonElement>("/api/ops/health");
        Assert.Equal("Degraded", degraded.GetProperty("status").GetString());
        Assert.Equal(1, degraded.GetProperty("checks").GetProperty("parked").GetProperty("data").GetProperty("parked").GetInt32());

        // The fix: POS accepts again, and online sales are now recorded as another user.
        stores.Pos.Faults.Clear();
        var webUser = stores.Pos.AddUser("Web Orders");
        (await SettingsApi.PutAsync(host.Http, settings with { SaleUserId = webUser.Id }, version)).EnsureSuccessStatusCode();
        using var replay = await host.Http.PostAsync("/api/ops/parked/orders/replay", null);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());
        await Eventually.HoldsAsync(() => Task.FromResult(stores.Pos.Sales.Any(s => s.SourceId == $"{order.Id}")), "the replayed order is a sale", 30);
        Assert.Equal(webUser.Id, Assert.Single(stores.Pos.Sales, s => s.SourceId == $"{order.Id}").UserId);
        Assert.Equal(0, (await ParkedAsync()).GetArrayLength());
        await Eventually.HoldsAsync(
            async () => (await host.Http.GetFromJsonAsync<JsonElement>("/api/ops/health")).GetProperty("status").GetString() == "Healthy", "health is Healthy", 30);
    }

    private Task<JsonElement> ParkedAsync() => host.Http.GetFromJsonAsync<JsonElement>("/api/ops/parked");
}
