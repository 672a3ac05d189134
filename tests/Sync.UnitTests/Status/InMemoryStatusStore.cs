using System.Runtime.CompilerServices;
using Sync.Application.Status;

namespace Sync.UnitTests.Status;

/// <summary>The state store's contract in memory: insert-if-absent and versioned replace, like Table Storage's ETags.</summary>
internal sealed class InMemoryStatusStore : IOrderStatusStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, StoredOrderStatus> rows = [];
    private int version;

    public int Saves { get; private set; }

    public StoredOrderStatus? this[string orderNumber]
    {
        get { lock (gate) { return rows.GetValueOrDefault(orderNumber); } }
    }

    public void Put(StoredOrderStatus status)
    {
        lock (gate)
        {
            rows[status.OrderId] = status with { Version = $"v{++version}" };
        }
    }

    public Task<StoredOrderStatus?> GetAsync(string orderNumber, CancellationToken cancellationToken) => Task.FromResult(this[orderNumber]);

    public Task<bool> TrySaveAsync(StoredOrderStatus status, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (rows.GetValueOrDefault(status.OrderId)?.Version != status.Version)
            {
                return Task.FromResult(false);
            }

            Saves++;
            rows[status.OrderId] = status with { Version = $"v{++version}" };
            return Task.FromResult(true);
        }
    }

    public async IAsyncEnumerable<string> OpenOrdersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        List<string> open;
        lock (gate)
        {
            open = rows.Values.Where(r => !r.State.IsLocked).Select(r => r.OrderId).ToList();
        }

        foreach (var orderNumber in open)
        {
            yield return orderNumber;
        }
    }
}
