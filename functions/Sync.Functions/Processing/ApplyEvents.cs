using Microsoft.Azure.Functions.Worker;
using Sync.Application.Events;
using Sync.Application.Processing;

namespace Sync.Functions.Processing;

/// <summary>
/// One trigger per concern's Storage Queue. A failure escapes on purpose: the host retries the
/// message and, after host.json's maxDequeueCount, moves it to the poison queue.
/// </summary>
public sealed class ApplyEvents(InboundMessages inbound)
{
    [Function("ApplyInventory")]
    public Task Inventory([QueueTrigger(Queues.Inventory)] string message, CancellationToken cancellationToken) =>
        inbound.ProcessAsync(message, cancellationToken);

    [Function("ApplyOrders")]
    public Task Orders([QueueTrigger(Queues.Orders)] string message, CancellationToken cancellationToken) =>
        inbound.ProcessAsync(message, cancellationToken);

    [Function("ApplyStatus")]
    public Task Status([QueueTrigger(Queues.Status)] string message, CancellationToken cancellationToken) =>
        inbound.ProcessAsync(message, cancellationToken);
}
