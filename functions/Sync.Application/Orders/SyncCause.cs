namespace Sync.Application.Orders;

/// <summary>Why an order is being synced, for the audit record (ALL-3): the event, or the reconcile run.</summary>
public sealed record SyncCause(string? EventKey, string? CorrelationId);
