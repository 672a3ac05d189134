using Microsoft.Extensions.Logging;
using Sync.Application.Events;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>INV-4, INV-8: writes a dirty POS product's online level to eCom, unless eCom has it already.</summary>
public sealed partial class FlushProduct(
    IDirtyMarks marks,
    IXSeriesClient pos,
    CatalogueSync catalogue,
    IPosLevels posLevels,
    OnlineLevels levels,
    IReservations reservations,
    IWrittenLevels written,
    UnrecordedOrderIntake intake,
    EcomStockWriter writer,
    WithheldWrites withheld,
    ILogger<FlushProduct> logger)
{
    public async Task ExecuteAsync(string posProductId, EventEnvelope flush, CancellationToken cancellationToken)
    {
        // First: a change that lands while we read makes a new flush rather than being lost.
        await marks.ClearAsync(posProductId, cancellationToken);
        if (await pos.GetProductAsync(posProductId, cancellationToken) is not { } product
            || await catalogue.LinkForAsync(product, cancellationToken) is not { } link)
        {
            return;
        }

        var rows = (await pos.GetProductInventoryAsync(posProductId, cancellationToken))
            .Select(r => new OutletLevel(r.OutletId, r.Level))
            .ToList();
        await posLevels.MergeAsync(posProductId, rows, cancellationToken);

        // INV-5, INV-7: orders eCom took stock for are reservations before any level is computed.
        await intake.TakeInAsync(cancellationToken);
        var reserved = await reservations.ReservedAsync(link.Sku, cancellationToken);
        var cause = new StockWriteCause("INV-4", "ecom.stock.set", flush.EventKey, flush.CorrelationId);
        var computed = await levels.ComputeAsync(link.Sku, link.HasInventory, rows, reserved, cancellationToken);
        if (computed.Level is not { } level)
        {
            await withheld.ReportAsync(link, computed.Unconfirmed!, cause, cancellationToken);
            return;
        }

        var record = await written.GetAsync(link.Sku, cancellationToken);
        var last = record?.Expected(reserved);
        if (!EcomStockWrite.IsNeeded(level, last))
        {
            LogUnchanged(link.Sku, flush.EventKey);
            return;
        }

        if (!await writer.WriteAsync(link, record, last, level, reserved, cause, cancellationToken))
        {
            throw new InvalidOperationException($"SKU {link.Sku}: another flush wrote its level meanwhile; retried so the latest POS level is written.");
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SKU {Sku}: eCom has the computed level already; {EventKey} writes nothing (INV-8)")]
    private partial void LogUnchanged(string sku, string eventKey);
}
