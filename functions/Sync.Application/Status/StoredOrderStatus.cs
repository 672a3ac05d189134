using Sync.Rules.Status;

namespace Sync.Application.Status;

/// <summary>One order's status state as stored, with the writes decided but not yet confirmed made.</summary>
/// <param name="Version">The stored row's ETag; null when nothing is stored yet.</param>
public sealed record StoredOrderStatus(string OrderId, OrderSyncState State, IReadOnlyList<PendingWrite> Pending, string? Version);
