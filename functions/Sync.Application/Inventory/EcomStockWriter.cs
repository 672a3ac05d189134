using Microsoft.Extensions.Logging;
using Sync.Application.Audit;
using Sync.Application.Platforms.Ecom;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>Sets an absolute eCom level (POS is the truth), remembers it per SKU (INV-8) and audits it (ALL-3).</summary>
public sealed partial class EcomStockWriter(
    IEcomClient ecom, IWrittenLevels written, IAuditLog audit, TimeProvider clock, ILogger<EcomStockWriter> logger)
{
    public async Task WriteAsync(
        CatalogueLink link, OnlineStock? before, OnlineStock level, int reserved, StockWriteCause cause, CancellationToken cancellationToken)
    {
        var stock = StockText.ToEcom(level);
        if (link.EcomCombinationId is { } combinationId)
        {
            await ecom.SetCombinationStockAsync(link.EcomProductId, combinationId, stock, cancellationToken);
        }
        else
        {
            await ecom.SetProductStockAsync(link.EcomProductId, stock, cancellationToken);
        }

        await written.SetAsync(link.Sku, new WrittenLevel(level, reserved), cancellationToken);
        var (from, to) = (StockText.Format(before), StockText.Format(level));
        await audit.WriteAsync(
            new AuditEntry(link.EcomEntityKey, cause.Action, cause.RuleId, cause.EventKey, cause.CorrelationId, from, to, clock.GetUtcNow()),
            cancellationToken);
        LogWritten(link.EcomEntityKey, from, to, cause.RuleId, cause.EventKey);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "eCom stock of {EntityKey} set from {Before} to {After} ({RuleId}, {EventKey})")]
    private partial void LogWritten(string entityKey, string before, string after, string ruleId, string eventKey);
}
