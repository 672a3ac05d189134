using Microsoft.Extensions.Logging;
using Sync.Application.Audit;
using Sync.Application.Platforms.Ecom;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>
/// Sets an absolute eCom level (POS is the truth), remembers it per SKU (INV-8) and audits it (ALL-3). A level eCom did not
/// apply (<c>updateCount: 0</c> and not there on a re-read) is audited and reported as a failure, never remembered as written (ALL-4). When another
/// writer recorded a level meanwhile, its write and this one may have landed in either order: the record is forgotten (so the next
/// computation writes, whatever eCom shows) and the write reports false for its caller to compute again.
/// </summary>
public sealed partial class EcomStockWriter(
    IEcomClient ecom, IWrittenLevels written, IAuditLog audit, TimeProvider clock, ILogger<EcomStockWriter> logger)
{
    public async Task<bool> WriteAsync(
        CatalogueLink link, WrittenLevel? seen, OnlineStock? before, OnlineStock level, int reserved, StockWriteCause cause,
        CancellationToken cancellationToken)
    {
        var stock = StockText.ToEcom(level);
        var applied = link.EcomCombinationId is { } combinationId
            ? await ecom.SetCombinationStockAsync(link.EcomProductId, combinationId, stock, cancellationToken)
            : await ecom.SetProductStockAsync(link.EcomProductId, stock, cancellationToken);
        var (from, to) = (StockText.Format(before), StockText.Format(level));
        if (!applied)
        {
            await audit.WriteAsync(
                new AuditEntry(
                    link.EcomEntityKey, "ecom.stock.not-applied", cause.RuleId, cause.EventKey, cause.CorrelationId, from, to, clock.GetUtcNow()),
                cancellationToken);
            throw new InvalidOperationException(
                $"eCom did not apply stock {to} to SKU {link.Sku} ({link.EcomEntityKey}): it answered updateCount 0 and still shows another level.");
        }

        var recorded = await written.TrySetAsync(link.Sku, new WrittenLevel(level, reserved), seen, cancellationToken);
        if (!recorded)
        {
            await written.ForgetAsync(link.Sku, cancellationToken);
            LogRaced(link.Sku, cause.EventKey);
        }
        await audit.WriteAsync(
            new AuditEntry(link.EcomEntityKey, cause.Action, cause.RuleId, cause.EventKey, cause.CorrelationId, from, to, clock.GetUtcNow()),
            cancellationToken);
        LogWritten(link.EcomEntityKey, from, to, cause.RuleId, cause.EventKey);
        return recorded;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SKU {Sku}: another write recorded a level while {EventKey} wrote; the level is computed again")]
    private partial void LogRaced(string sku, string eventKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "eCom stock of {EntityKey} set from {Before} to {After} ({RuleId}, {EventKey})")]
    private partial void LogWritten(string entityKey, string before, string after, string ruleId, string eventKey);
}
