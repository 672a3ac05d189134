using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sync.Platforms.Ecom;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries;

namespace Sync.Functions.Web;

/// <summary>
/// The API budget used, from the call meter: this instance's calls per platform in each of the platform's budget
/// windows (X-Series: 5 minutes, eCom: 1 minute), the last <see cref="Kept"/> windows, beside the budget itself.
/// </summary>
public sealed class ApiBudget(IOptions<XSeriesOptions> xseries, IOptions<EcomOptions> ecom, TimeProvider clock) : IHostedService, IDisposable
{
    public const int Kept = 12;
    private readonly ConcurrentDictionary<(string Platform, long Window), long> calls = new();
    private readonly MeterListener listener = new();

    private IReadOnlyList<(string Platform, int Budget, TimeSpan Window)> Budgets =>
    [
        ("xseries", xseries.Value.RateLimit.Budget, xseries.Value.RateLimit.Window),
        ("ecom", ecom.Value.RateLimit.RequestsPerMinute, ecom.Value.RateLimit.Window),
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PlatformMetrics.MeterName && instrument.Name == PlatformMetrics.ApiCalls)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "platform", Value: string platform } && Budgets.FirstOrDefault(b => b.Platform == platform) is { Platform: not null } budget)
                {
                    calls.AddOrUpdate((platform, WindowOf(budget.Window)), value, (_, sum) => sum + value);
                }
            }
        });
        listener.Start();
        return Task.CompletedTask;
    }

    public IReadOnlyList<PlatformBudget> Snapshot() => Budgets.Select(b =>
    {
        var current = WindowOf(b.Window);
        var windows = Enumerable.Range(0, Kept).Select(i => current - (Kept - 1 - i))
            .Select(w => new WindowCalls(DateTimeOffset.FromUnixTimeMilliseconds(w * (long)b.Window.TotalMilliseconds), calls.GetValueOrDefault((b.Platform, w))))
            .ToList();
        foreach (var old in calls.Keys.Where(k => k.Platform == b.Platform && k.Window <= current - Kept))
        {
            calls.TryRemove(old, out _);
        }

        return new PlatformBudget(b.Platform, b.Budget, b.Window, windows);
    }).ToList();

    public Task StopAsync(CancellationToken cancellationToken)
    {
        listener.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => listener.Dispose();

    private long WindowOf(TimeSpan window) => clock.GetUtcNow().ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;
}

public sealed record PlatformBudget(string Platform, int Budget, TimeSpan Window, IReadOnlyList<WindowCalls> Windows);

public sealed record WindowCalls(DateTimeOffset Start, long Calls);
