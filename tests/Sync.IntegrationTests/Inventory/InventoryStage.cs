using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Events;
using Sync.Application.Inventory;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Settings;
using Sync.DevHost;
using Sync.IntegrationTests.EndToEnd;
using Sync.Simulators.XSeries;

namespace Sync.IntegrationTests.Inventory;

/// <summary>The dev host with both simulators seeded with the demo store, and a short coalescing window.</summary>
internal sealed class InventoryStage : IAsyncDisposable
{
    private InventoryStage(RunningDevHost host)
    {
        Host = host;
        Stores = host.Services.GetRequiredService<DemoStores>();
    }

    public RunningDevHost Host { get; }

    public DemoStores Stores { get; }

    public IReadOnlyList<string> Outlets => Stores.Catalogue.Outlets.Select(o => o.Id).ToList();

    /// <param name="registers">The store's register count sets its X-Series budget (300 × registers + 50 per 5 min), on both sides.</param>
    /// <param name="sparse">The X-Series simulator answers as sparsely as the vendor's schemas allow; by default as XSERIES_SIM_SPARSE says.</param>
    public static async Task<InventoryStage> StartAsync(int registers = 3, bool? sparse = null)
    {
        string[] args = ["--DevHost:Simulators=start", "--Sync:Settings:CoalescingWindow=00:00:00.200", $"--XSeries:RateLimit:Registers={registers}"];
        var host = await RunningDevHost.StartAsync(sparse is { } on ? [.. args, $"--DevHost:XSeriesSparse={on}"] : args);
        var stage = new InventoryStage(host);
        stage.Stores.Pos.RateLimit.Configure(300 * registers + 50, TimeSpan.FromMinutes(5));
        return stage;
    }

    public SimProduct Product(string sku) => Stores.Catalogue.Products.Single(p => p.Sku == sku);

    /// <summary>INV-1, INV-2, INV-6: the level the rules give from the simulator's POS stock (no buffers, no reservations).</summary>
    public int? RuleLevel(string sku, IEnumerable<string> connectedOutlets)
    {
        var product = Product(sku);
        return product.HasInventory
            ? connectedOutlets.Sum(o => Math.Max(0, (int)Math.Floor(Stores.Pos.StockOf(product.Id, o))))
            : null;
    }

    public async Task<InventoryReport> ReconcileAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReconcileInventory>().RunAsync(CancellationToken.None);
    }

    public Task EcomLevelIsAsync(string sku, int? level, string what) =>
        Eventually.HoldsAsync(() => Task.FromResult(Stores.Ecom.QuantityOf(sku) == level), what, timeoutSeconds: 20);

    /// <summary>Someone sets the level in the eCom admin (through the API, not through this service's writes).</summary>
    public async Task EditEcomAsync(string sku, EcomStock stock)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var ecom = scope.ServiceProvider.GetRequiredService<IEcomClient>();
        var found = await ecom.FindBySkuAsync(sku, CancellationToken.None) ?? throw new InvalidOperationException(sku);
        if (found.CombinationId is { } combination)
        {
            await ecom.SetCombinationStockAsync(found.ProductId, combination, stock, CancellationToken.None);
        }
        else
        {
            await ecom.SetProductStockAsync(found.ProductId, stock, CancellationToken.None);
        }
    }

    /// <summary>Connects only the given outlets, through the operator endpoint (the online register's outlet stays connected).</summary>
    public async Task ConnectAsync(params string[] outletIds)
    {
        var (settings, version) = await SettingsApi.GetAsync(Host.Http);
        (await SettingsApi.PutAsync(Host.Http, settings with { ConnectedOutletIds = outletIds }, version)).EnsureSuccessStatusCode();
    }

    public Task QueuesDrainAsync() =>
        Eventually.HoldsAsync(async () => await Host.QueuedAsync(Queues.Inventory) == 0, "the inventory queue drains", timeoutSeconds: 30);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
