using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sync.DevHost;
using Sync.IntegrationTests.EndToEnd;

namespace Sync.IntegrationTests.Settings;

/// <summary>ALL-5: a first deploy's settings come from names (azd environment values), resolved to ids against POS at start.</summary>
public sealed class SeedingTests : IAsyncLifetime
{
    private RunningDevHost host = null!;

    public async Task InitializeAsync() => host = await RunningDevHost.StartAsync(
    [
        "--DevHost:Simulators=start", "--DevHost:DemoSettings=false",
        "--Sync:Seed:OnlineRegisterName=Online Main Street",
        "--Sync:Seed:ConnectedOutletNames=Harbour, Warehouse",
        "--Sync:Seed:OutletRegisterNames=Online Harbour,Online Warehouse",
        "--Sync:Seed:SaleUserName=online sync",
    ]);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    [Trait("Rule", "ALL-5")]
    public async Task ALL5_names_given_at_deploy_are_resolved_to_ids_and_saved_as_the_settings()
    {
        var demo = host.Services.GetRequiredService<DemoStores>().Catalogue;

        var (settings, version) = await SettingsApi.GetAsync(host.Http);

        Assert.NotEqual("W/\"configured\"", version);
        Assert.Equal(demo.OnlineRegisters[0].Id, settings.OnlineRegisterId);
        Assert.Equal(demo.User.Id, settings.SaleUserId);
        Assert.Equal(demo.NoTaxId, settings.NoTaxId);
        Assert.Equal(demo.Outlets.Skip(1).Select(o => o.Id), settings.ConnectedOutletIds);
        Assert.Equal(demo.OnlineRegisters.Skip(1).ToDictionary(r => r.OutletId, r => r.Id), settings.RegisterByOutlet);
        var health = await host.Http.GetFromJsonAsync<JsonElement>("/api/ops/health");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
    }
}
