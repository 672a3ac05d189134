using System.Diagnostics;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Events;

namespace Sync.Bench;

public sealed record Result(Platform Platform, double[] LatenciesMs, TimeSpan Wall, int Queued);

/// <summary>
/// The dev host in-process on its own Azurite, fed signed webhooks through a real HttpClient over loopback.
/// The receivers answer 200 only once the envelope is on the queue, so a round trip is receive-to-enqueued.
/// </summary>
public sealed class Runner(WebApplication app, HttpClient client, Signer signer) : IAsyncDisposable
{
    private const int WarmUp = 200;
    private const string XSeriesSecret = "bench-xseries-secret";
    private const string HostKey = "bench-host-key";
    private const string EcomSecret = "bench-ecom-secret";
    private int nextId; // never reused, so every delivery is distinct

    public static async Task<Runner> StartAsync()
    {
        string[] args =
        [
            // Queue triggers off: they would drain the queues during the measurement, taking CPU (2 cores) and
            // Azurite's attention from the receivers; without them every envelope stays on its queue to be counted.
            "--DevHost:Azurite=start", "--DevHost:Simulators=none", "--DevHost:QueueTriggers=false", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            $"--XSeries:ClientSecret={XSeriesSecret}", $"--Ecom:ClientSecret={EcomSecret}", $"--DevHost:HostKey={HostKey}",
        ];
        var app = await Sync.DevHost.DevHost.BuildAsync(args);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri($"{app.Urls.First()}/") };
        client.DefaultRequestHeaders.Add("x-functions-key", HostKey); // the X-Series webhook is Function level (ALL-6)
        return new Runner(app, client, new Signer(XSeriesSecret, EcomSecret));
    }

    public async Task<Result> MeasureAsync(Platform platform, int count, int concurrency)
    {
        var concern = platform == Platform.XSeries ? Concern.Inventory : Concern.Orders;
        var queue = app.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(Queues.For(concern));
        await SendAsync(platform, WarmUp, concurrency);
        await queue.ClearMessagesAsync();

        var started = Stopwatch.GetTimestamp();
        var latencies = await SendAsync(platform, count, concurrency);
        var wall = Stopwatch.GetElapsedTime(started);
        return new Result(platform, latencies, wall, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync(); // stops Azurite
    }

    private async Task<double[]> SendAsync(Platform platform, int count, int concurrency)
    {
        var firstId = nextId;
        nextId += count;
        var latencies = new double[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            // Signed before the clock starts: the figure is the receiver's, not the sender's.
            using var request = platform == Platform.XSeries ? signer.XSeries(firstId + i) : signer.Ecom(firstId + i);
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        return latencies;
    }
}
