using System.Collections.Concurrent;

namespace Sync.Simulators.Shared;

/// <summary>Every API request a simulator answered, by route template (<c>GET /api/2.0/products/{id}</c>).</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<LoggedRequest> entries = new();

    public IReadOnlyList<LoggedRequest> Entries => entries.ToArray();

    public int Count(string endpoint) => entries.Count(e => e.Endpoint == endpoint);

    public int CountStatus(int status) => entries.Count(e => e.Status == status);

    public void Clear() => entries.Clear();

    internal void Add(LoggedRequest request) => entries.Enqueue(request);
}

public sealed record LoggedRequest(string Endpoint, string PathAndQuery, int Status, DateTimeOffset At);
