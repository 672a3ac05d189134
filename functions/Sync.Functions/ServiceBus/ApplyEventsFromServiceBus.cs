using Microsoft.Azure.Functions.Worker;
using Sync.Application.Events;
using Sync.Application.Processing;

namespace Sync.Functions.ServiceBus;

/// <summary>
/// The Service Bus twin of <see cref="Processing.ApplyEvents"/>: sessions keep one entity's events in
/// order; a failure escapes so the broker redelivers, then dead-letters after maxDeliveryCount.
/// Compiled only with <c>EnableServiceBusTrigger=true</c> (the deployment's build).
/// </summary>
public sealed class ApplyEventsFromServiceBus(InboundMessages inbound)
{
    private const string Connection = "ServiceBus";

    [Function("ApplyInventoryFromServiceBus")]
    public Task Inventory(
        [ServiceBusTrigger(Queues.Inventory, Connection = Connection, IsSessionsEnabled = true)] string message,
        CancellationToken cancellationToken) => inbound.ProcessAsync(message, cancellationToken);

    [Function("ApplyOrdersFromServiceBus")]
    public Task Orders(
        [ServiceBusTrigger(Queues.Orders, Connection = Connection, IsSessionsEnabled = true)] string message,
        CancellationToken cancellationToken) => inbound.ProcessAsync(message, cancellationToken);

    [Function("ApplyStatusFromServiceBus")]
    public Task Status(
        [ServiceBusTrigger(Queues.Status, Connection = Connection, IsSessionsEnabled = true)] string message,
        CancellationToken cancellationToken) => inbound.ProcessAsync(message, cancellationToken);
}
