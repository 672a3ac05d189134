using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.Ecwid;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.Resilience;

public sealed class RetryTests
{
    [Fact]
    public async Task An_xseries_429_with_an_http_date_retry_after_is_waited_out_then_retried_once()
    {
        await using var sim = await XSeriesSimulator.StartAsync();
        var product = sim.AddProduct("MUG", "Mug");
        await using var services = Clients.ForXSeries(sim);
        var client = services.GetRequiredService<IXSeriesClient>();
        sim.RateLimit.Configure(2, TimeSpan.FromMilliseconds(300));

        var reads = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.GetProductAsync(product.Id, default)));

        Assert.All(reads, r => Assert.Equal("MUG", r!.Sku));
        var log = sim.Requests.Entries;
        var throttled = Assert.Single(log, e => e.Status == 429);
        var retry = log.Where(e => e.Status == 200).MaxBy(e => e.At)!;
        var retryAfter = new DateTimeOffset(throttled.At.Ticks - throttled.At.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1);
        Assert.True(retry.At >= retryAfter.AddMilliseconds(-50), $"retried at {retry.At:O}, before Retry-After {retryAfter:O}");
    }

    [Fact]
    public async Task An_ecom_429_with_retry_after_seconds_is_waited_out_then_retried()
    {
        await using var sim = await EcwidSimulator.StartAsync();
        await using var services = Clients.ForEcom(sim);
        var client = services.GetRequiredService<IEcomClient>();
        sim.AddProduct("MUG", "Mug", 1);
        sim.RateLimit.Configure(1, TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var found = await Task.WhenAll(client.FindBySkuAsync("MUG", default), client.FindBySkuAsync("MUG", default));

        Assert.All(found, f => Assert.NotNull(f));
        Assert.Equal(1, sim.Requests.CountStatus(429));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_5xx_on_a_read_is_retried_with_back_off()
    {
        await using var sim = await XSeriesSimulator.StartAsync();
        sim.SeedDemoStore();
        await using var services = Clients.ForXSeries(sim);
        sim.Faults.FailNext("GET /api/2.0/outlets", 2, 503);

        var outlets = await services.GetRequiredService<IXSeriesClient>().GetOutletsAsync(default);

        Assert.Equal(3, outlets.Count);
        Assert.Equal(2, sim.Requests.CountStatus(503));
        // The failed tries, the page, and (with a version to continue from) the empty page that ends the read.
        Assert.Equal(2 + (sim.Sparse ? 1 : 2), sim.Requests.Count("GET /api/2.0/outlets"));
    }

    [Fact]
    public async Task A_5xx_on_a_put_is_retried_because_setting_stock_absolutely_is_idempotent()
    {
        await using var sim = await EcwidSimulator.StartAsync();
        await using var services = Clients.ForEcom(sim);
        var mug = sim.AddProduct("MUG", "Mug", 1);
        sim.Faults.FailNext("PUT /api/v3/{storeId}/products/{id}", 1, 502);

        await services.GetRequiredService<IEcomClient>().SetProductStockAsync(mug.Id, EcomStock.Of(4), default);

        Assert.Equal(4, sim.QuantityOf("MUG"));
        Assert.Equal(2, sim.Requests.Count("PUT /api/v3/{storeId}/products/{id}"));
    }

    [Fact]
    public async Task A_5xx_on_a_post_is_not_retried_blindly()
    {
        await using var sim = await XSeriesSimulator.StartAsync();
        await using var services = Clients.ForXSeries(sim);
        sim.Faults.FailNext("POST /api/2.0/webhooks", 1, 503);

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            services.GetRequiredService<IXSeriesClient>().RegisterWebhookAsync("sale.update", new Uri("https://sync.example/hook"), default));

        Assert.Equal(1, sim.Requests.Count("POST /api/2.0/webhooks"));
    }
}
