using Microsoft.Extensions.Logging;
using Sync.Application.Audit;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Status;

namespace Sync.Application.Status;

/// <summary>
/// Brings one linked order's statuses in step (ST-1..ST-12): re-reads both platforms, passes every status
/// that moved through the status table, saves the new state with the writes it decided (ETag; 412 → start
/// again), then makes the writes. Saving first is what makes the webhooks they cause echoes (ST-12).
/// </summary>
public sealed partial class OrderStatusSync(
    IOrderLinks links,
    IOrderStatusStore store,
    IEcomClient ecom,
    IXSeriesClient pos,
    StatusWriter writer,
    IAuditLog audit,
    TimeProvider clock,
    ILogger<OrderStatusSync> logger)
{
    private const int Attempts = 5;

    // Writes saved but not confirmed made longer ago than this were left by a delivery that failed or died: the
    // next delivery makes them (idempotently). Shorter than the queue's visibility timeout, so its retry does;
    // longer than a delivery's own writes take, so a concurrent delivery does not make them twice.
    public static readonly TimeSpan PendingLease = TimeSpan.FromSeconds(20);

    public async Task SyncAsync(string orderId, StatusSource first, string? eventKey, CancellationToken cancellationToken)
    {
        if (await links.ForOrderAsync(orderId, cancellationToken) is not { Complete: true } link)
        {
            LogNotLinked(orderId);
            return;
        }

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var stored = await store.GetAsync(orderId, cancellationToken);
            var order = await ecom.GetOrderAsync(orderId, cancellationToken) ?? throw new InvalidOperationException($"Linked order {orderId} is not in eCom.");
            if (stored is not null && stored.Pending.Any(p => clock.GetUtcNow() - p.DecidedAt > PendingLease))
            {
                await writer.WriteAsync(link, order, stored.Pending, cancellationToken);
                await store.TrySaveAsync(stored with { Pending = [] }, cancellationToken);
                continue;
            }

            var (sales, fulfillments) = await ReadPosAsync(link, cancellationToken);
            var state = WithParts(stored?.State ?? Initial(link), fulfillments);
            var seen = first == StatusSource.Ecom
                ? [.. EcomStatuses.Of(order), .. PosStatuses.Of(sales, fulfillments)]
                : (IReadOnlyList<StatusChange>)[.. PosStatuses.Of(sales, fulfillments), .. EcomStatuses.Of(order)];
            var (next, writes) = await DecideAsync(orderId, state, seen, eventKey, cancellationToken);
            if (stored is not null && next == stored.State)
            {
                return;
            }

            if (await store.TrySaveAsync(new StoredOrderStatus(orderId, next, [.. stored?.Pending ?? [], .. writes], stored?.Version), cancellationToken))
            {
                await writer.WriteAsync(link, order, writes, cancellationToken);
                await ClearAsync(orderId, writes, cancellationToken);
                return;
            }

            LogConflict(orderId, attempt);
        }

        throw new InvalidOperationException($"Order {orderId}'s status kept changing under us over {Attempts} attempts.");
    }

    private async Task ClearAsync(string orderId, List<PendingWrite> writes, CancellationToken cancellationToken)
    {
        for (var attempt = 1; writes.Count > 0 && attempt <= Attempts; attempt++)
        {
            if (await store.GetAsync(orderId, cancellationToken) is not { } saved
                || !saved.Pending.Any(writes.Contains)
                || await store.TrySaveAsync(saved with { Pending = saved.Pending.Except(writes).ToList() }, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task<(OrderSyncState State, List<PendingWrite> Writes)> DecideAsync(
        string orderId, OrderSyncState state, IReadOnlyList<StatusChange> seen, string? eventKey, CancellationToken cancellationToken)
    {
        var writes = new List<PendingWrite>();
        foreach (var change in seen)
        {
            var decision = StatusTransitions.Decide(state, change);
            LogDecision(orderId, change.ToString(), decision.RuleId, decision.GetType().Name, decision.Reason);
            if (!state.IsAhead(change))
            {
                continue;
            }

            state = state.Advance(change);
            if (decision is StatusDecision.Sync sync)
            {
                state = state.AfterWriting(sync.Writes);
                writes.AddRange(sync.Writes.Select(w => new PendingWrite(w, sync.RuleId, eventKey, clock.GetUtcNow())));
            }
            else if (decision is StatusDecision.Ignored)
            {
                await audit.WriteAsync(new AuditEntry(StatusEntity.Key(orderId), "status.ignored", decision.RuleId, eventKey, null, null,
                    $"{change}: {decision.Reason}", clock.GetUtcNow()), cancellationToken);
            }
        }

        // ST-11: when the part that held a split order back catches up, the table sees a part moving past the
        // others; eCom then shows the order's new least advanced state.
        if (state.PosFulfillments.Count > 1 && !state.IsLocked
            && SplitOrderStatus.EcomStatusToShow(state.Kind, state.PosFulfillments.Values) is { } show
            && state.IsAhead(new StatusChange.EcomFulfillment(show)))
        {
            var write = new StatusChange.EcomFulfillment(show);
            state = state.AfterWriting([write]);
            writes.Add(new PendingWrite(write, "ST-11", eventKey, clock.GetUtcNow()));
        }

        return (state, writes);
    }

    private async Task<(List<PosSale> Sales, List<Fulfillment> Fulfillments)> ReadPosAsync(OrderLink link, CancellationToken cancellationToken)
    {
        var sales = new List<PosSale>();
        var fulfillments = new List<Fulfillment>();
        foreach (var sale in link.Sales)
        {
            sales.Add(await pos.GetSaleAsync(sale.SaleId, cancellationToken) ?? throw new InvalidOperationException($"Linked sale {sale.SaleId} is not in POS."));
            fulfillments.AddRange(await pos.GetFulfillmentsAsync(sale.SaleId, cancellationToken));
        }

        return (sales, fulfillments);
    }

    /// <summary>An order never seen before starts where a new online order starts (ORD-2: fulfillments New).</summary>
    private static OrderSyncState Initial(OrderLink link) => new(
        OrderKinds.Parse(link.Kind), EcomPaymentStatus.AwaitingPayment, EcomFulfillmentStatus.AwaitingProcessing,
        PosSaleState.Pending, PosPaymentState.Unpaid, new Dictionary<string, PosFulfillmentState>(), LastWritten.Nothing);

    // ST-11 compares parts: every part must be known, even those that have not moved.
    private static OrderSyncState WithParts(OrderSyncState state, IReadOnlyList<Fulfillment> fulfillments) =>
        fulfillments.All(f => state.PosFulfillments.ContainsKey(f.Id)) ? state : state with
        {
            PosFulfillments = fulfillments.ToDictionary(f => f.Id, f => state.PosFulfillments.GetValueOrDefault(f.Id, PosFulfillmentState.Open)),
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} has no complete link; its status is not synced")]
    private partial void LogNotLinked(string orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} status changed under us (attempt {Attempt}); reading again")]
    private partial void LogConflict(string orderId, int attempt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Order {OrderId}: {Change} → {RuleId} {Decision} ({Reason})")]
    private partial void LogDecision(string orderId, string change, string ruleId, string decision, string reason);
}
