using Microsoft.Extensions.Logging;
using Sync.Application.Events;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>INV-5: an eCom product change that is not our own write is judged, and a manual edit is put back.</summary>
public sealed partial class PutBackEcomEdits(
    IEcomClient ecom,
    ICatalogueLinks links,
    IXSeriesClient pos,
    OnlineLevels levels,
    IReservations reservations,
    IWrittenLevels written,
    UnrecordedOrderIntake intake,
    EcomStockWriter writer,
    WithheldWrites withheld,
    ILogger<PutBackEcomEdits> logger)
{
    public async Task ExecuteAsync(long ecomProductId, EventEnvelope change, CancellationToken cancellationToken)
    {
        var linked = await links.ForEcomProductAsync(ecomProductId, cancellationToken);
        var observed = linked.Count == 0 ? new() : await ObserveAsync(ecomProductId, cancellationToken);
        IReadOnlyDictionary<string, int>? taken = null;
        foreach (var link in linked)
        {
            var wrote = await written.GetAsync(link.Sku, cancellationToken);
            var reservedBefore = await reservations.ReservedAsync(link.Sku, cancellationToken);
            if (!observed.TryGetValue(link.EcomCombinationId ?? 0, out var seen) || seen == wrote?.Expected(reservedBefore))
            {
                continue; // gone, or our own write coming back (less the orders we know of)
            }

            // Before any level is raised: orders eCom took stock for become reservations first.
            taken ??= await intake.TakeInAsync(cancellationToken);
            var newlyTaken = taken.GetValueOrDefault(link.Sku);
            var reserved = await reservations.ReservedAsync(link.Sku, cancellationToken);
            var rows = (await pos.GetProductInventoryAsync(link.PosProductId, cancellationToken))
                .Select(r => new OutletLevel(r.OutletId, r.Level))
                .ToList();
            var computed = await levels.ComputeAsync(link.Sku, link.HasInventory, rows, reserved - newlyTaken, cancellationToken);
            if (computed.Level is not { } posLevel)
            {
                var cause = new StockWriteCause("INV-5", "ecom.stock.putback", change.EventKey, change.CorrelationId);
                await withheld.ReportAsync(link, computed.Unconfirmed!, cause, cancellationToken);
                continue;
            }

            var verdict = PutBack.Judge(seen, wrote?.Expected(reserved - newlyTaken), new UnrecordedOrders(newlyTaken), posLevel);
            await ApplyAsync(link, wrote, seen, verdict, reserved, change, cancellationToken);
        }
    }

    private async Task ApplyAsync(
        CatalogueLink link, WrittenLevel? wrote, OnlineStock seen, EcomLevelVerdict verdict, int reserved, EventEnvelope change,
        CancellationToken cancellationToken)
    {
        var recorded = true;
        switch (verdict)
        {
            case EcomLevelVerdict.ManualEdit edit:
                LogManualEdit(link.Sku, StockText.Format(seen), change.EventKey);
                recorded = await writer.WriteAsync(link, wrote, seen, edit.PutBackTo, reserved,
                    new StockWriteCause("INV-5", "ecom.stock.putback", change.EventKey, change.CorrelationId), cancellationToken);
                break;
            case EcomLevelVerdict.ExplainedByOrders { Write: { } level }:
                recorded = await writer.WriteAsync(link, wrote, seen, level, reserved,
                    new StockWriteCause("INV-4", "ecom.stock.set", change.EventKey, change.CorrelationId), cancellationToken);
                break;
            default:
                // eCom shows what it should: remember it, so INV-8 compares with what eCom holds.
                await written.TrySetAsync(link.Sku, new WrittenLevel(seen, reserved), wrote, cancellationToken);
                break;
        }

        if (!recorded)
        {
            throw new InvalidOperationException($"SKU {link.Sku}: another write recorded its level meanwhile; retried so the latest level is judged.");
        }
    }

    /// <summary>Levels by combination id (0: the product itself), from one product read (it carries the combinations).</summary>
    private async Task<Dictionary<long, OnlineStock>> ObserveAsync(long productId, CancellationToken cancellationToken)
    {
        var observed = new Dictionary<long, OnlineStock>();
        if (await ecom.GetProductAsync(productId, cancellationToken) is not { } product)
        {
            return observed;
        }

        var own = StockText.Observed(product.Quantity, product.Unlimited);
        observed[0] = own;
        foreach (var combination in product.Combinations)
        {
            observed[combination.Id] = combination.Quantity is null && !combination.Unlimited
                ? own
                : StockText.Observed(combination.Quantity, combination.Unlimited);
        }

        return observed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SKU {Sku} was set to {Observed} in eCom by someone else; putting it back ({EventKey}, INV-5)")]
    private partial void LogManualEdit(string sku, string observed, string eventKey);
}
