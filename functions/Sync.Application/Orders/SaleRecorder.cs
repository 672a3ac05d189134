using System.Globalization;
using Sync.Application.Audit;
using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Orders;

/// <summary>Writes one planned sale to POS (ORD-1) and records the write (ALL-3).</summary>
public sealed class SaleRecorder(IXSeriesClient pos, PosDirectory directory, IAuditLog audit, TimeProvider clock)
{
    /// <param name="lookUpFirst">
    /// True when resuming a run that may have created the sale before it crashed: the sale is looked up by
    /// its source_id, and created only when absent (ORD-10).
    /// </param>
    public async Task<SaleLink> RecordAsync(string orderId, SaleDraft draft, bool lookUpFirst, SyncCause cause, CancellationToken cancellationToken)
    {
        if (lookUpFirst && await pos.FindSaleBySourceIdAsync(draft.SourceId, draft.SaleDate, cancellationToken) is { } existing)
        {
            return new SaleLink(existing.Id, existing.OutletId, existing.RegisterId);
        }

        var receipt = await pos.CreateSaleAsync(draft, cancellationToken);
        var paid = draft.Payments.Sum(p => p.Amount);
        await audit.WriteAsync(
            new AuditEntry($"ecom:order:{orderId}", "pos.sale.created", "ORD-1", cause.EventKey, cause.CorrelationId,
                null, string.Create(CultureInfo.InvariantCulture, $"sale {receipt.SaleId} source_id {draft.SourceId} register {draft.RegisterId} lines {draft.Lines.Count} paid {paid}"),
                clock.GetUtcNow()),
            cancellationToken);
        return new SaleLink(receipt.SaleId, await OutletOfAsync(draft.RegisterId, cancellationToken), draft.RegisterId);
    }

    private async Task<string> OutletOfAsync(string registerId, CancellationToken cancellationToken) =>
        (await directory.RegistersAsync(cancellationToken)).First(r => r.Id == registerId).OutletId;
}
