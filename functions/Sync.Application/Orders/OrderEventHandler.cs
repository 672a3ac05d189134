using Sync.Application.Events;
using Sync.Application.Processing;

namespace Sync.Application.Orders;

/// <summary>
/// ORD-1: any created or updated event of an order with no complete link may be the one that makes it
/// placed. Linked orders' changes belong to the status handler on the same queue.
/// </summary>
public sealed class OrderEventHandler(OrderSync sync) : IEventHandler
{
    private const string EntityPrefix = "ecom:order:";

    public Concern Concern => Concern.Orders;

    public Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken) =>
        envelope.EventType is "order.created" or "order.updated" && envelope.EntityKey.StartsWith(EntityPrefix, StringComparison.Ordinal)
            ? sync.SyncAsync(envelope.EntityKey[EntityPrefix.Length..], new SyncCause(envelope.EventKey, envelope.CorrelationId), cancellationToken)
            : Task.CompletedTask;
}
