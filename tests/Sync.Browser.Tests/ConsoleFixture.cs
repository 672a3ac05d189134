using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sync.DevHost;
using Sync.Simulators.Ecwid;

namespace Sync.Browser.Tests;

/// <summary>
/// The dev host with both simulators and its own Azurite, as the run command starts it, and Debian's Chromium
/// (headless) driven by Playwright. One of each for the whole suite: starting them is the slow part.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    /// <summary>Debian's package; Playwright's own browser download cannot work on our machines.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private WebApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser did not start.");

    public DemoStores Stores => App.Services.GetRequiredService<DemoStores>();

    public Uri BaseUrl => new(App.Urls.First());

    private WebApplication App => app ?? throw new InvalidOperationException("The dev host did not start.");

    /// <summary>Staff restricted to one outlet each (NOT-2), added before anyone reads the POS users.</summary>
    public (string MainStreet, string Harbour) Staff { get; } = ("Main Street Staff", "Harbour Staff");

    public async Task InitializeAsync()
    {
        app = await Sync.DevHost.DevHost.BuildAsync(
        [
            "--urls=http://127.0.0.1:0",
            "--DevHost:Azurite=start",
            "--DevHost:Simulators=start",
            "--Logging:LogLevel:Default=Warning",
            "--DevHost:HostKey=browser-tests-host-key",
            // A message that keeps failing is parked after its five tries within seconds, so the operations test need not wait.
            "--AzureFunctionsJobHost:extensions:queues:visibilityTimeout=00:00:01",
        ]);
        await app.StartAsync();
        Stores.Pos.AddUser(Staff.MainStreet, Stores.Catalogue.Outlets[0].Id);
        Stores.Pos.AddUser(Staff.Harbour, Stores.Catalogue.Outlets[1].Id);
        await WarmUpAsync();
        playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // CI runs as root, where Chromium refuses its sandbox.
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>The first order through a new process pays for JIT and cold caches; the timed tests measure a running app.</summary>
    private async Task WarmUpAsync()
    {
        var order = Stores.Ecom.PlaceOrder("warm.up@example.com", "Warm Up", [new OrderLine("MUG-S", 1)]);
        await Eventually.HoldsAsync(() => Stores.Pos.Sales.Any(s => s.SourceId == $"{order.Id}"), "the warm-up order is a sale", 60);
    }

    // Whatever started is stopped, even when starting the rest failed.
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
