using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sync.Simulators.Ecwid;
using Sync.Simulators.XSeries;

namespace Sync.DevHost;

/// <summary>
/// The run command's stage: both platform simulators on loopback, seeded with a small demo store
/// (3 outlets, products with variants, stock), the app's clients pointed at them, their webhooks at the
/// app, and the default runtime settings naming the demo store's outlets and registers.
/// </summary>
public sealed class DemoStores : IAsyncDisposable
{
    private static readonly string[] XSeriesWebhookTypes = ["inventory.update", "product.update", "sale.update"];

    private DemoStores(XSeriesSimulator pos, EcwidSimulator ecom, XSeriesDemoStore catalogue)
    {
        Pos = pos;
        Ecom = ecom;
        Catalogue = catalogue;
    }

    public XSeriesSimulator Pos { get; }

    /// <summary>The demo store's outlets, registers, products and customers, by id.</summary>
    public XSeriesDemoStore Catalogue { get; }

    public EcwidSimulator Ecom { get; }

    /// <summary>The simulators sign with the app's configured secrets, so signed webhooks verify as in production.</summary>
    public static async Task<DemoStores> StartAsync(IConfigurationManager configuration)
    {
        var posOptions = new XSeriesSimulatorOptions();
        posOptions.ClientSecret = configuration["XSeries:ClientSecret"] ?? posOptions.ClientSecret;
        // DevHost:XSeriesSparse=true answers as sparsely as the vendor's schemas allow (default: XSERIES_SIM_SPARSE).
        posOptions.Sparse = bool.TryParse(configuration["DevHost:XSeriesSparse"], out var sparse) ? sparse : posOptions.Sparse;
        var ecomOptions = new EcwidSimulatorOptions();
        ecomOptions.ClientSecret = configuration["Ecom:ClientSecret"] ?? ecomOptions.ClientSecret;
        ecomOptions.OrderIdPrefix = configuration["DevHost:EcomOrderIdPrefix"] ?? "";
        ecomOptions.OrderIdSuffix = configuration["DevHost:EcomOrderIdSuffix"] ?? "";
        var pos = await XSeriesSimulator.StartAsync(posOptions);
        var ecom = await EcwidSimulator.StartAsync(ecomOptions);
        var store = pos.SeedDemoStore();
        ecom.SeedDemoStore(store, productId => store.Outlets.Sum(o => pos.StockOf(productId, o.Id)));

        var settings = new Dictionary<string, string?>
        {
            ["Sync:Settings:OnlineRegisterId"] = store.OnlineRegisters[0].Id,
            ["Sync:Settings:SaleUserId"] = store.User.Id,
            ["Sync:Settings:NoTaxId"] = store.NoTaxId,
        };
        for (var i = 0; i < store.Outlets.Count; i++)
        {
            settings[$"Sync:Settings:ConnectedOutletIds:{i}"] = store.Outlets[i].Id;
            settings[$"Sync:Settings:OutletPriority:{i}"] = store.Outlets[i].Id;
            settings[$"Sync:Settings:RegisterByOutlet:{store.Outlets[i].Id}"] = store.OnlineRegisters.First(r => r.OutletId == store.Outlets[i].Id).Id;
        }

        // DevHost:DemoSettings=false starts as a fresh deploy does: no runtime settings at all (ALL-5).
        if (configuration.GetValue("DevHost:DemoSettings", true))
        {
            configuration.AddInMemoryCollection(settings);
        }

        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["XSeries:BaseUrl"] = pos.BaseUrl.ToString(),
            ["XSeries:DomainPrefix"] = posOptions.DomainPrefix,
            ["XSeries:PersonalToken"] = posOptions.PersonalToken,
            ["XSeries:ClientSecret"] = posOptions.ClientSecret,
            // The simulator signs every delivery, as X-Series does for an OAuth app.
            ["XSeries:SignedWebhooks"] = "true",
            ["Ecom:BaseUrl"] = ecom.BaseUrl.ToString(),
            ["Ecom:StoreId"] = ecomOptions.StoreId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ecom:AccessToken"] = ecomOptions.AccessToken,
            ["Ecom:ClientSecret"] = ecomOptions.ClientSecret,
        });
        return new DemoStores(pos, ecom, store);
    }

    /// <summary>Once the app listens, the simulators send their webhooks to it.</summary>
    /// <param name="functionKey">ALL-6: the X-Series webhook is Function level, so its registered URL carries the key.</param>
    public void WireWebhooks(WebApplication app, string? functionKey) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var appUrl = app.Urls.First().TrimEnd('/');
        var code = functionKey is null ? "" : $"?code={Uri.EscapeDataString(functionKey)}";
        foreach (var type in XSeriesWebhookTypes)
        {
            Pos.RegisterWebhook(type, new Uri($"{appUrl}/api/webhooks/xseries/{type}{code}"));
        }

        Ecom.Webhooks.TargetUrl = new Uri($"{appUrl}/api/webhooks/ecom");
        app.Logger.LogInformation(
            """
            Demo stores ready.
              Retail POS (X-Series) simulator: {PosUrl}_sim/state   (webhooks it sent: {PosUrl}_sim/webhooks)
              eCom (Ecwid) simulator:          {EcomUrl}_sim/state   (webhooks it sent: {EcomUrl}_sim/webhooks)
              The app:                         {AppUrl}/api/ops/health, {AppUrl}/api/ops/parked, {AppUrl}/api/ops/settings
            Try a stock count in POS and an online order:
              curl -X POST -H 'Content-Type: application/json' -d '{{"sku":"TEE-M","outlet":"Main Street","level":0}}' {PosUrl}_sim/stock
              curl -X POST -H 'Content-Type: application/json' -d '{{"email":"ada@example.com","name":"Ada Lovelace","lines":[{{"sku":"TEE-L","quantity":1}}]}}' {EcomUrl}_sim/orders
            """,
            Pos.BaseUrl, Pos.BaseUrl, Ecom.BaseUrl, Ecom.BaseUrl, appUrl, appUrl, appUrl, Pos.BaseUrl, Ecom.BaseUrl);
    });

    public async ValueTask DisposeAsync()
    {
        await Pos.DisposeAsync();
        await Ecom.DisposeAsync();
    }
}
