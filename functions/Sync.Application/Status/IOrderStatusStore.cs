namespace Sync.Application.Status;

/// <summary>Per-order status state (ST-8 lock, ST-12 last written), saved with optimistic concurrency.</summary>
public interface IOrderStatusStore
{
    Task<StoredOrderStatus?> GetAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>Saves if the stored row is still at <see cref="StoredOrderStatus.Version"/> (null: none stored); false otherwise (409/412).</summary>
    Task<bool> TrySaveAsync(StoredOrderStatus status, CancellationToken cancellationToken);

    /// <summary>The order numbers whose status can still change (not locked), for reconciliation (ALL-1).</summary>
    IAsyncEnumerable<string> OpenOrdersAsync(CancellationToken cancellationToken);
}
