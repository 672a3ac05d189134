using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Http;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.Ecwid;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.Metering;

public sealed class ApiCallMeteringTests
{
    [Fact]
    public async Task Every_xseries_call_is_counted_by_route_template_and_status_including_retries()
    {
        await using var sim = await XSeriesSimulator.StartAsync();
        var demo = sim.SeedDemoStore();
        await using var services = Clients.ForXSeries(sim);
        using var calls = new MetricCollector<long>(services.GetRequiredService<IMeterFactory>(), PlatformMetrics.MeterName, PlatformMetrics.ApiCalls);
        sim.Faults.FailNext("GET /api/2.0/products/{id}/inventory", 1, 503);

        await services.GetRequiredService<IXSeriesClient>().GetProductInventoryAsync(demo.Products[0].Id, default);

        var measured = calls.GetMeasurementSnapshot();
        Assert.All(measured, m => Assert.Equal("xseries", m.Tags["platform"]));
        Assert.All(measured, m => Assert.Equal("GET /api/2.0/products/{id}/inventory", m.Tags["endpoint"]));
        Assert.Equal(sim.Sparse ? ["503", "200"] : ["503", "200", "200"], measured.Select(m => (string)m.Tags["status"]!));
    }

    [Fact]
    public async Task Every_ecom_call_is_counted_without_raw_ids()
    {
        await using var sim = await EcwidSimulator.StartAsync();
        await using var services = Clients.ForEcom(sim);
        using var calls = new MetricCollector<long>(services.GetRequiredService<IMeterFactory>(), PlatformMetrics.MeterName, PlatformMetrics.ApiCalls);
        var mug = sim.AddProduct("MUG", "Mug", 1);

        await services.GetRequiredService<IEcomClient>().GetProductAsync(mug.Id, default);

        var call = Assert.Single(calls.GetMeasurementSnapshot());
        Assert.Equal(("ecom", "GET /api/v3/{storeId}/products/{id}", "200"), ((string)call.Tags["platform"]!, (string)call.Tags["endpoint"]!, (string)call.Tags["status"]!));
    }
}
