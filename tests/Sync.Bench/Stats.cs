using System.Runtime.InteropServices;
using System.Text;
using static System.FormattableString;

namespace Sync.Bench;

public static class Stats
{
    public static string Table(int count, int concurrency, IEnumerable<Result> results)
    {
        var text = new StringBuilder()
            .AppendLine(Invariant($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}"))
            .AppendLine()
            .AppendLine("| Platform | N | C | median ms | p90 ms | p99 ms | max ms | receipts/s | on queue |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
        {
            var sorted = result.LatenciesMs.Order().ToArray();
            text.AppendLine(Invariant(
                $"| {result.Platform} | {count} | {concurrency} | {Percentile(sorted, 50):F1} | {Percentile(sorted, 90):F1} | {Percentile(sorted, 99):F1} | {sorted[^1]:F1} | {count / result.Wall.TotalSeconds:F0} | {result.Queued} |"));
        }

        return text
            .AppendLine()
            .Append("Latency: HTTP round trip over loopback, receive to enqueued on Azurite (in memory); queue listeners and timers stopped.")
            .ToString();
    }

    // Nearest-rank percentile.
    private static double Percentile(double[] sorted, int percent) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
}
