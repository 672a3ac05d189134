using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.Ecwid;
using Sync.Simulators.XSeries;
using Xunit.Abstractions;

namespace Sync.Platforms.Tests.Resilience;

[CollectionDefinition(nameof(RateBudget), DisableParallelization = true)]
public sealed class RateBudget;

/// <summary>
/// A budget of 100 requests per minute, compressed to 100 per 2 s (same count per window, 30× faster):
/// 500 calls must take at least (500 − 100) / 100 × 2 s = 8 s at the server's limit, and no call may fail.
/// Run alone, so other tests' CPU load does not bunch the spread-out calls.
/// </summary>
[Collection(nameof(RateBudget))]
public sealed class RateBudgetTests(ITestOutputHelper output)
{
    private const int Budget = 100;
    private const int Burst = 500;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_burst_of_500_xseries_calls_is_spread_under_the_budget_without_an_unhandled_429()
    {
        await using var sim = await XSeriesSimulator.StartAsync();
        var mug = sim.AddProduct("MUG", "Mug");
        sim.RateLimit.Configure(Budget, Window);
        await using var services = Clients.ForXSeries(sim, new Dictionary<string, string?>
        {
            ["XSeries:RateLimit:RequestsPer5Minutes"] = $"{Budget}",
            ["XSeries:RateLimit:Window"] = Window.ToString(),
        });
        var client = services.GetRequiredService<IXSeriesClient>();
        var clock = Stopwatch.StartNew();

        var reads = await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => client.GetProductAsync(mug.Id, default)));

        Assert.All(reads, r => Assert.NotNull(r));
        Assert.True(sim.RateLimit.Throttled <= Burst / 100, $"{sim.RateLimit.Throttled} calls were throttled");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_burst_of_500_ecom_calls_is_spread_under_the_budget_without_an_unhandled_429()
    {
        await using var sim = await EcwidSimulator.StartAsync();
        sim.AddProduct("MUG", "Mug", 1);
        sim.RateLimit.Configure(Budget, Window);
        await using var services = Clients.ForEcom(sim, new Dictionary<string, string?>
        {
            ["Ecom:RateLimit:RequestsPerMinute"] = $"{Budget}",
            ["Ecom:RateLimit:Window"] = Window.ToString(),
        });
        var client = services.GetRequiredService<IEcomClient>();
        var clock = Stopwatch.StartNew();

        var reads = await Task.WhenAll(Enumerable.Range(0, Burst).Select(_ => client.GetProductAsync(sim.Product(100_001).Id, default)));

        Assert.All(reads, r => Assert.NotNull(r));
        Assert.True(sim.RateLimit.Throttled <= Burst / 100, $"{sim.RateLimit.Throttled} calls were throttled");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
    }

    /// <summary>
    /// Ecwid's documented budget as it is, 600 a minute per token, in real time on both sides with the client's defaults:
    /// a 600-call burst takes a little over a minute, and the simulator (a strict sliding minute) throttles at most a handful.
    /// </summary>
    [Fact]
    public async Task A_burst_of_600_ecom_calls_against_the_documented_600_a_minute_needs_no_429()
    {
        await using var sim = await EcwidSimulator.StartAsync();
        var mug = sim.AddProduct("MUG", "Mug", 1);
        await using var services = Clients.ForEcom(sim);
        var client = services.GetRequiredService<IEcomClient>();
        var clock = Stopwatch.StartNew();

        var reads = await Task.WhenAll(Enumerable.Range(0, 600).Select(_ => client.GetProductAsync(mug.Id, default)));

        output.WriteLine($"600 calls in {clock.Elapsed.TotalSeconds:F1} s; 429 answers: {sim.Requests.CountStatus(429)}; sim limit {sim.RateLimit.Requests}/min");
        Assert.All(reads, r => Assert.NotNull(r));
        Assert.Equal(600, sim.RateLimit.Requests);
        Assert.True(sim.Requests.CountStatus(429) <= 5, $"{sim.Requests.CountStatus(429)} calls were throttled");
    }
}
