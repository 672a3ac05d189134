namespace Sync.Simulators.Shared;

/// <summary>A sliding log: at most <see cref="Requests"/> in any <see cref="Window"/>, the strictest reading of a budget.</summary>
public sealed class SimRateLimit(int requests, TimeSpan window, TimeProvider time)
{
    private readonly Queue<DateTimeOffset> accepted = new();
    private readonly Lock gate = new();

    public int Requests { get; private set; } = requests;
    public TimeSpan Window { get; private set; } = window;
    public bool Enabled { get; private set; } = true;
    public int Throttled { get; private set; }

    public void Configure(int requestsPerWindow, TimeSpan newWindow)
    {
        lock (gate)
        {
            (Requests, Window, Enabled) = (requestsPerWindow, newWindow, true);
            accepted.Clear();
        }
    }

    public void Disable() => Enabled = false;

    internal RateDecision Take()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (accepted.Count > 0 && accepted.Peek() <= now - Window)
            {
                accepted.Dequeue();
            }
            if (!Enabled || accepted.Count < Requests)
            {
                accepted.Enqueue(now);
                return new RateDecision(true, Requests, Math.Max(0, Requests - accepted.Count), now);
            }
            Throttled++;
            return new RateDecision(false, Requests, 0, accepted.Peek() + Window);
        }
    }
}

internal sealed record RateDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset RetryAt);
