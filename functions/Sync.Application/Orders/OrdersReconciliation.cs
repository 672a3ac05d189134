using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sync.Application.Platforms.Ecom;

namespace Sync.Application.Orders;

/// <summary>
/// ALL-1: pages eCom orders updated since the watermark (less an overlap, so clock skew between eCom
/// and us cannot skip one) and syncs every placed order with no complete link. The watermark advances
/// only after the whole page set is handled; a failure leaves it, so the next run tries again.
/// </summary>
public sealed partial class OrdersReconciliation(
    IEcomClient ecom, IOrderLinks links, OrderSync sync, IOrderWatermark watermark,
    IOptions<OrderSyncOptions> options, TimeProvider clock, ILogger<OrdersReconciliation> logger)
{
    /// <summary>The first run looks back this far.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(2);

    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var from = (await watermark.ReadAsync(cancellationToken) ?? startedAt - FirstLookBack) - options.Value.ReconcileOverlap;
        var cause = new SyncCause(null, $"reconcile-orders-{startedAt.ToUnixTimeSeconds()}");
        var synced = 0;
        await foreach (var order in ecom.GetOrdersUpdatedSinceAsync(from, cancellationToken))
        {
            if (!OrderPlacement.IsPlaced(order) || await links.ForOrderAsync(order.OrderNumber, cancellationToken) is { Complete: true })
            {
                continue;
            }

            LogMissed(order.OrderNumber);
            await sync.SyncPlacedAsync(order, cause, cancellationToken);
            synced++;
        }

        await watermark.WriteAsync(startedAt, cancellationToken);
        LogReconciled(synced, from);
        return synced;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderNumber} was placed but not synced; the reconcile syncs it (ALL-1)")]
    private partial void LogMissed(string orderNumber);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orders reconcile synced {Synced} missed order(s) updated since {From}")]
    private partial void LogReconciled(int synced, DateTimeOffset from);
}
