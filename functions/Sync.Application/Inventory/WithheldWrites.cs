using Microsoft.Extensions.Logging;
using Sync.Application.Audit;

namespace Sync.Application.Inventory;

/// <summary>ALL-4: a level that could not be confirmed is not written; this says so in the log and the audit trail.</summary>
public sealed partial class WithheldWrites(IAuditLog audit, TimeProvider clock, ILogger<WithheldWrites> logger)
{
    public async Task ReportAsync(CatalogueLink link, string reason, StockWriteCause cause, CancellationToken cancellationToken)
    {
        LogWithheld(link.Sku, reason, cause.EventKey);
        await audit.WriteAsync(
            new AuditEntry(link.EcomEntityKey, "ecom.stock.withheld", "ALL-4", cause.EventKey, cause.CorrelationId, null, reason, clock.GetUtcNow()),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SKU {Sku}: no eCom stock written, {Reason} ({EventKey}, ALL-4)")]
    private partial void LogWithheld(string sku, string reason, string eventKey);
}
