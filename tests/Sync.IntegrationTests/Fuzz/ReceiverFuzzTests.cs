using System.Collections.Concurrent;
using CsCheck;
using Sync.Application.Events;
using Sync.IntegrationTests.EndToEnd;
using Xunit.Abstractions;

namespace Sync.IntegrationTests.Fuzz;

/// <summary>
/// Random and structured bad deliveries against the dev host's receivers: never a 5xx, nothing queued, no platform called.
/// Seeded by CsCheck: a failure prints its seed; <c>CsCheck_Seed=...</c> replays it, <c>FUZZ_ITERATIONS</c> runs longer.
/// </summary>
public sealed class ReceiverFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) ? n : 1_200;
    private PlatformStub platforms = null!;
    private RunningDevHost host = null!;

    public async Task InitializeAsync()
    {
        platforms = await PlatformStub.StartAsync();
        const string never = "0 0 0 1 1 *";
        host = await RunningDevHost.StartAsync(
        [
            "--DevHost:QueueTriggers=false",
            // An OAuth app: every X-Series delivery must be signed (an unsigned one with the key is a valid delivery).
            "--XSeries:SignedWebhooks=true",
            $"--XSeries:BaseUrl={platforms.Url}",
            $"--Ecom:BaseUrl={platforms.Url}",
            $"--RECONCILE_INVENTORY_SCHEDULE={never}",
            $"--RECONCILE_ORDERS_SCHEDULE={never}",
            $"--RECONCILE_STATUS_SCHEDULE={never}",
            $"--HOUSEKEEPING_SCHEDULE={never}",
        ]);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await platforms.DisposeAsync();
    }

    [Fact]
    public async Task Bad_deliveries_never_get_a_5xx_never_reach_a_queue_and_never_call_a_platform()
    {
        var answers = new ConcurrentDictionary<string, int>();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        await BadWebhooks.Any(now).SampleAsync(
            async delivery =>
            {
                using var response = await host.Http.SendAsync(delivery.ToMessage());
                var status = (int)response.StatusCode;
                answers.AddOrUpdate($"{delivery.Kind} {status}", 1, (_, count) => count + 1);
                Assert.True(status < 500, $"{status} for {delivery}: {await response.Content.ReadAsStringAsync()}");
            },
            iter: Iterations,
            threads: 4,
            writeLine: output.WriteLine);

        output.WriteLine(string.Join(Environment.NewLine, answers.OrderBy(a => a.Key).Select(a => $"{a.Key}: {a.Value}")));
        Assert.True(answers.Values.Sum() >= Iterations);
        foreach (var concern in Queues.All)
        {
            Assert.Equal(0, await host.QueuedAsync(Queues.For(concern)));
        }

        Assert.Equal(0, platforms.Calls);
    }
}
