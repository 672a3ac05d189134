using System.Collections.Concurrent;

namespace Sync.Simulators.Shared;

/// <summary>Faults armed per route template (<c>POST /api/register_sales</c>), each for the next N calls.</summary>
public sealed class FaultPlan
{
    private readonly ConcurrentDictionary<string, FaultCounter> failures = new();
    private readonly ConcurrentDictionary<string, FaultCounter> drops = new();
    private readonly ConcurrentDictionary<string, FaultCounter> empties = new();
    private readonly ConcurrentDictionary<string, TimeSpan> latencies = new();

    /// <summary>The next <paramref name="count"/> calls answer <paramref name="status"/> without doing anything.</summary>
    public void FailNext(string endpoint, int count = 1, int status = 503) => failures[endpoint] = new FaultCounter(count, status);

    /// <summary>The next <paramref name="count"/> reads answer 200 with no data (<c>{"data":[]}</c>): a read that returned nothing.</summary>
    public void AnswerEmptyNext(string endpoint, int count = 1) => empties[endpoint] = new FaultCounter(count, 200);

    /// <summary>The next <paramref name="count"/> calls are carried out, then the connection is cut before the answer.</summary>
    public void DropResponseAfterWrite(string endpoint, int count = 1) => drops[endpoint] = new FaultCounter(count, 0);

    public void Latency(string endpoint, TimeSpan delay) => latencies[endpoint] = delay;

    public void Clear()
    {
        failures.Clear();
        drops.Clear();
        empties.Clear();
        latencies.Clear();
    }

    internal int? TakeFailure(string endpoint) => failures.TryGetValue(endpoint, out var f) && f.TryTake() ? f.Status : null;

    internal bool TakeEmpty(string endpoint) => empties.TryGetValue(endpoint, out var e) && e.TryTake();

    internal bool TakeDrop(string endpoint) => drops.TryGetValue(endpoint, out var d) && d.TryTake();

    internal TimeSpan LatencyOf(string endpoint) => latencies.GetValueOrDefault(endpoint);

    private sealed class FaultCounter(int count, int status)
    {
        private int remaining = count;

        public int Status => status;

        public bool TryTake() => Interlocked.Decrement(ref remaining) >= 0;
    }
}
