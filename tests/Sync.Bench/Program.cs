using Microsoft.Extensions.Configuration;
using Sync.Application.Events;
using Sync.Bench;

// Receive-to-enqueued latency of the webhook receivers: see Runner.
var options = new ConfigurationBuilder().AddCommandLine(args).Build();
var count = options.GetValue("count", 2_000);
var concurrency = options.GetValue("concurrency", 16);

await using var runner = await Runner.StartAsync();
var results = new List<Result>();
foreach (var platform in Enum.GetValues<Platform>())
{
    results.Add(await runner.MeasureAsync(platform, count, concurrency));
}

Console.WriteLine(Stats.Table(count, concurrency, results));
