using Sync.Application.Processing;
using Microsoft.Extensions.Logging;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>
/// ALL-1: webhooks are hints. Reads POS inventory (incrementally from its version watermark; in full
/// without one) and every linked eCom level in bulk, and repairs each eCom level that drifted.
/// </summary>
public sealed partial class ReconcileInventory(
    UnrecordedOrderIntake intake,
    CatalogueSync catalogue,
    IXSeriesClient pos,
    IPosLevels posLevels,
    IReadCursors cursors,
    OnlineLevels levels,
    IReservations reservations,
    IWrittenLevels written,
    EcomStockWriter writer,
    WithheldWrites withheld,
    IInventoryReports reports,
    TimeProvider clock,
    ILogger<ReconcileInventory> logger)
{
    public const string Watermark = "pos-inventory";
    private const int PageSize = 500;

    public async Task<InventoryReport> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var runKey = $"reconcile-inventory-{startedAt.ToUnixTimeMilliseconds()}";

        // INV-5: orders first, so a repair never re-opens a unit an online order took.
        await intake.TakeInAsync(cancellationToken);
        var snapshot = await catalogue.RefreshAsync(cancellationToken);
        var watermark = await cursors.GetAsync(Watermark, cancellationToken);
        await ReadPosInventoryAsync(watermark ?? 0, cancellationToken);

        var (drifted, repaired, failures) = (0, 0, new List<Exception>());
        var unconfirmed = new List<string>();
        foreach (var link in snapshot.Links)
        {
            if (!snapshot.EcomLevels.TryGetValue((link.EcomProductId, link.EcomCombinationId), out var observed))
            {
                continue;
            }

            var rows = await posLevels.GetAsync(link.PosProductId, cancellationToken);
            var reserved = await reservations.ReservedAsync(link.Sku, cancellationToken);
            var computed = await levels.ComputeAsync(link.Sku, link.HasInventory, rows, reserved, cancellationToken);
            if (computed.Level is not { } expected)
            {
                unconfirmed.Add(link.Sku);
                await withheld.ReportAsync(link, computed.Unconfirmed!, new StockWriteCause("ALL-4", "ecom.stock.repair", runKey, runKey), cancellationToken);
                continue;
            }

            var record = await written.GetAsync(link.Sku, cancellationToken);
            var last = record?.Expected(reserved);
            if (observed == expected)
            {
                if (last != expected)
                {
                    await written.TrySetAsync(link.Sku, new WrittenLevel(expected, reserved), record, cancellationToken);
                }

                continue;
            }

            drifted++;
            // Someone changed what we wrote (INV-5); else a POS change whose webhook was lost, or a SKU never written (ALL-1).
            var rule = last is not null && observed != last ? "INV-5" : "ALL-1";
            try
            {
                // A write that raced another leaves the SKU unrecorded: the next reconcile or flush writes it again.
                if (await writer.WriteAsync(link, record, observed, expected, reserved, new StockWriteCause(rule, "ecom.stock.repair", runKey, runKey), cancellationToken))
                {
                    repaired++;
                }
            }
            catch (InvalidOperationException notApplied)
            {
                // eCom refused it (updateCount 0): the other SKUs are still repaired, and the run reports failed at the end.
                failures.Add(notApplied);
            }
        }

        var report = InventoryReport.Of(
            startedAt, watermark is null, snapshot.Links.Count, drifted, repaired, snapshot.Unmatched, snapshot.Ambiguous, unconfirmed);
        await reports.SaveAsync(report, cancellationToken);
        LogReconciled(report.Checked, drifted, repaired, snapshot.Unmatched.Count, unconfirmed.Count, report.Full);
        return failures.Count == 0 ? report : throw new AggregateException($"{failures.Count} eCom stock repair(s) were not applied.", failures);
    }

    private async Task ReadPosInventoryAsync(long afterVersion, CancellationToken cancellationToken)
    {
        var byProduct = new Dictionary<string, List<OutletLevel>>(StringComparer.Ordinal);
        var highest = afterVersion;
        await foreach (var row in pos.GetInventoryAsync(afterVersion, PageSize, cancellationToken))
        {
            if (!byProduct.TryGetValue(row.ProductId, out var rows))
            {
                byProduct[row.ProductId] = rows = [];
            }

            rows.Add(new OutletLevel(row.OutletId, row.Level));
            highest = Math.Max(highest, row.Version);
        }

        foreach (var (productId, rows) in byProduct)
        {
            await posLevels.MergeAsync(productId, rows, cancellationToken);
        }

        // Saved only after every row is stored: a failed run reads the same rows again.
        await cursors.SetAsync(Watermark, highest, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inventory reconciled: {Checked} checked, {Drifted} drifted, {Repaired} repaired, {Unmatched} unmatched, {Unconfirmed} not written for want of a complete POS read (ALL-4; full read: {Full})")]
    private partial void LogReconciled(int @checked, int drifted, int repaired, int unmatched, int unconfirmed, bool full);
}
