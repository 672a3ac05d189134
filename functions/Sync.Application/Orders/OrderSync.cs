using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sync.Application.Customers;
using Sync.Application.Inventory;
using Sync.Application.Notifications;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;
using Sync.Rules.Orders;

namespace Sync.Application.Orders;

/// <summary>
/// ORD-1, ORD-10: brings one placed eCom order into POS as exactly one set of sales. Safe to run for any
/// delivery, retry, reconcile or concurrent instance: a complete link ends it, a lease admits one run at a
/// time, and a run that resumes a crashed one writes the plan that run committed to, looking each sale up
/// by its source_id first.
/// </summary>
public sealed partial class OrderSync(
    IEcomClient ecom,
    IXSeriesClient pos,
    IOrderLinks links,
    IOrderLeases leases,
    IReservations reservations,
    CustomerResolver customers,
    SalePlanner planner,
    SaleRecorder recorder,
    OrderNotifier notifier,
    RuntimeSettings runtime,
    IOptions<OrderSyncOptions> options,
    TimeProvider clock,
    ILogger<OrderSync> logger)
{
    public async Task SyncAsync(string orderId, SyncCause cause, CancellationToken cancellationToken)
    {
        if (await links.ForOrderAsync(orderId, cancellationToken) is { Complete: true })
        {
            return;
        }

        var order = await ecom.GetOrderAsync(orderId, cancellationToken);
        if (order is null || !OrderPlacement.IsPlaced(order))
        {
            LogNotPlaced(orderId, order?.PaymentStatus);
            return;
        }

        // A busy order fails this delivery, so the transport retries it after the holder has finished.
        if (!await TrySyncPlacedAsync(order, cause, cancellationToken))
        {
            throw new InvalidOperationException($"Order {orderId} is being synced by another run; retry later.");
        }
    }

    /// <summary>For a caller that has just read the order (the reconcile); still re-checks its link. False when another run holds the order.</summary>
    public async Task<bool> TrySyncPlacedAsync(EcomOrder order, SyncCause cause, CancellationToken cancellationToken)
    {
        if (await leases.TryAcquireAsync(order.Id, options.Value.LeaseFor, cancellationToken) is not { } lease)
        {
            LogBusy(order.Id);
            return false;
        }

        await using var keeper = OrderLeaseKeeper.Start(leases, lease, options.Value.LeaseFor, clock, cancellationToken);
        try
        {
            await SyncLeasedAsync(order, lease, keeper, cause, keeper.Token);
            return true;
        }
        catch (OperationCanceledException) when (keeper.Lost && !cancellationToken.IsCancellationRequested)
        {
            LogLeaseLost(order.Id);
            throw new InvalidOperationException($"Order {order.Id}: its lease was lost to another run mid-way; retry.");
        }
        catch
        {
            await leases.ReleaseAsync(lease, CancellationToken.None);
            throw;
        }
    }

    private async Task SyncLeasedAsync(EcomOrder order, OrderLease lease, OrderLeaseKeeper keeper, SyncCause cause, CancellationToken cancellationToken)
    {
        var link = await links.ForOrderAsync(order.Id, cancellationToken);
        if (link is { Complete: true })
        {
            await leases.CompleteAsync(lease, cancellationToken);
            return;
        }

        if (link is null)
        {
            var claim = new OrderLink(order.Id, KindName(LineFulfillment.KindOf(order.FulfillmentType, order.IsPickup)), [], false, clock.GetUtcNow());
            link = await links.TryClaimAsync(claim, cancellationToken) ? claim : await links.ForOrderAsync(order.Id, cancellationToken) ?? claim;
        }

        // INV-7: held back from eCom stock until the sales are recorded.
        await reservations.ReserveAsync(order.Id, order.Items.Where(i => i.Sku is not null).Select(i => new ReservedLine(i.Sku!, i.Quantity)).ToList(), cancellationToken);

        var settings = await runtime.CurrentAsync(cancellationToken);
        var plan = lease.Plan;
        if (plan is not null && !await AnyWrittenAsync(plan, cancellationToken))
        {
            // None of its sales reached POS (a refused write, a setting since fixed): it binds nothing, so plan again
            // with the settings and stock now in force, and a fix-then-replay takes effect.
            LogReplanned(order.Id);
            plan = null;
        }

        var resumed = plan is not null;
        if (plan is null)
        {
            var customerId = await customers.ResolveAsync(order, cause, cancellationToken);
            plan = await planner.PlanAsync(order, customerId, settings, cancellationToken);
            if (!await leases.TrySavePlanAsync(lease, plan, cancellationToken))
            {
                throw new InvalidOperationException($"Order {order.Id}: the lease was lost before any sale was written; retry.");
            }
        }

        var sales = new List<SaleLink>();
        foreach (var draft in plan)
        {
            // The lease is re-checked (and renewed) just before each sale: a run that lost it writes none.
            if (!await keeper.ConfirmAsync())
            {
                throw new OperationCanceledException(keeper.Token);
            }

            sales.Add(await recorder.RecordAsync(order.Id, draft, lookUpFirst: resumed, cause, cancellationToken));
        }

        var complete = link with { Sales = sales, Complete = true };
        await links.SaveAsync(complete, cancellationToken);
        await reservations.ReleaseAsync(order.Id, cancellationToken);
        await leases.CompleteAsync(lease, cancellationToken);
        LogSynced(order.Id, sales.Count, resumed);
        await notifier.RaiseAsync(complete, settings, cancellationToken);
    }

    private async Task<bool> AnyWrittenAsync(IReadOnlyList<SaleDraft> plan, CancellationToken cancellationToken)
    {
        foreach (var draft in plan)
        {
            if (await pos.FindSaleBySourceIdAsync(draft.SourceId, draft.SaleDate, cancellationToken) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string KindName(OrderKind kind) => kind switch
    {
        OrderKind.Pickup => "PICKUP",
        OrderKind.LocalDelivery => "DELIVERY",
        _ => "SHIPPING",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} is not placed (payment status {PaymentStatus}); nothing to sync")]
    private partial void LogNotPlaced(string orderId, string? paymentStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: no sale of the stored plan is in POS; planning again")]
    private partial void LogReplanned(string orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} is being synced by another run")]
    private partial void LogBusy(string orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: its lease was taken over by another run; this run stopped before its next write")]
    private partial void LogLeaseLost(string orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} synced as {Sales} POS sale(s) (resumed: {Resumed})")]
    private partial void LogSynced(string orderId, int sales, bool resumed);
}
