using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Processing;

namespace Sync.Application.Orders;

/// <summary>
/// ALL-1: pages eCom orders updated since the watermark (less an overlap, so clock skew between eCom
/// and us cannot skip one) and syncs every placed order with no complete link. One order's failure does
/// not stop the others; the watermark advances only when none failed, and the failures escape at the end
/// so the run is reported failed. An order another run holds is that run's (its message is retried).
/// </summary>
public sealed partial class OrdersReconciliation(
    IEcomClient ecom, IOrderLinks links, OrderSync sync, IReadCursors cursors,
    IOptions<OrderSyncOptions> options, TimeProvider clock, ILogger<OrdersReconciliation> logger)
{
    /// <summary>The watermark: the start of the last complete run, in Unix milliseconds.</summary>
    public const string Watermark = "ecom-orders-updated";

    /// <summary>The first run looks back this far.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(2);

    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var last = await cursors.GetAsync(Watermark, cancellationToken) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : startedAt - FirstLookBack;
        var from = last - options.Value.ReconcileOverlap;
        var cause = new SyncCause(null, $"reconcile-orders-{startedAt.ToUnixTimeSeconds()}");
        var (synced, failures) = (0, new List<Exception>());
        await foreach (var order in ecom.GetOrdersUpdatedSinceAsync(from, cancellationToken))
        {
            if (!OrderPlacement.IsPlaced(order) || await links.ForOrderAsync(order.Id, cancellationToken) is { Complete: true })
            {
                continue;
            }

            LogMissed(order.Id);
            try
            {
                synced += await sync.TrySyncPlacedAsync(order, cause, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogFailed(ex, order.Id);
                failures.Add(ex);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} order(s) could not be synced; the watermark stays at {from:O}.", failures);
        }

        await cursors.SetAsync(Watermark, startedAt.ToUnixTimeMilliseconds(), cancellationToken);
        LogReconciled(synced, from);
        return synced;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Orders reconcile could not sync order {OrderId}; it is tried again next run")]
    private partial void LogFailed(Exception exception, string orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} was placed but not synced; the reconcile syncs it (ALL-1)")]
    private partial void LogMissed(string orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orders reconcile synced {Synced} missed order(s) updated since {From}")]
    private partial void LogReconciled(int synced, DateTimeOffset from);
}
