using Microsoft.Extensions.Logging;
using Sync.Application.Platforms.Ecom;

namespace Sync.Application.Status;

/// <summary>
/// ALL-1: webhooks get lost. Every order whose status can still change, and every eCom order updated in the
/// look-back window, is synced as if an event had come; an order in step costs reads and no write.
/// One order's failure does not stop the others; the failures escape at the end, so the run is reported failed.
/// </summary>
public sealed partial class StatusReconciliation(
    IOrderStatusStore store, IEcomClient ecom, OrderStatusSync sync, TimeProvider clock, ILogger<StatusReconciliation> logger)
{
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var orders = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var orderId in store.OpenOrdersAsync(cancellationToken))
        {
            orders.Add(orderId);
        }

        await foreach (var order in ecom.GetOrdersUpdatedSinceAsync(clock.GetUtcNow() - LookBack, cancellationToken))
        {
            orders.Add(order.Id);
        }

        var failures = new List<Exception>();
        foreach (var orderId in orders)
        {
            try
            {
                await sync.SyncAsync(orderId, StatusSource.Pos, "reconcile-status", cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogFailed(ex, orderId);
                failures.Add(ex);
            }
        }

        LogDone(orders.Count, failures.Count);
        if (failures.Count > 0)
        {
            throw new AggregateException("Status reconciliation failed for some orders.", failures);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Status reconciliation of order {OrderId} failed")]
    private partial void LogFailed(Exception exception, string orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Status reconciliation checked {Orders} orders; {Failures} failed")]
    private partial void LogDone(int orders, int failures);
}
