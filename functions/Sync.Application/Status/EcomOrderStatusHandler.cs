using Sync.Application.Events;
using Sync.Application.Orders;
using Sync.Application.Processing;

namespace Sync.Application.Status;

/// <summary>
/// eCom → POS: an <c>order.updated</c> for an order whose POS sales are all recorded syncs its statuses.
/// Unlinked or half-linked orders are the order sync's to create; this handler leaves them alone.
/// </summary>
public sealed class EcomOrderStatusHandler(IOrderLinks links, Lazy<OrderStatusSync> sync) : IEventHandler
{
    private const string OrderKey = "ecom:order:";

    public Concern Concern => Concern.Orders;

    public async Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        if (envelope.EventType != "order.updated" || !envelope.EntityKey.StartsWith(OrderKey, StringComparison.Ordinal))
        {
            return;
        }

        var orderId = envelope.EntityKey[OrderKey.Length..];
        if (await links.ForOrderAsync(orderId, cancellationToken) is { Complete: true })
        {
            await sync.Value.SyncAsync(orderId, StatusSource.Ecom, envelope.EventKey, cancellationToken);
        }
    }
}
