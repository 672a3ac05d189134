using Sync.Application.Events;
using Sync.Application.Processing;

namespace Sync.Application.Inventory;

/// <summary>
/// The inventory concern: POS changes mark products dirty (INV-8), flushes write them (INV-4), and eCom
/// product changes are checked for manual edits (INV-5). Other eCom product events change no stock.
/// </summary>
public sealed class InventoryEventHandler(MarkProductDirty mark, FlushProduct flush, PutBackEcomEdits putBack) : IEventHandler
{
    public Concern Concern => Concern.Inventory;

    public Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        var entityId = envelope.EntityKey.Split(':', 3)[^1];
        return envelope switch
        {
            { Source: Platform.XSeries, EventType: InventoryFlush.EventType } => flush.ExecuteAsync(entityId, envelope, cancellationToken),
            { Source: Platform.XSeries } => mark.ExecuteAsync(entityId, envelope, cancellationToken),
            { Source: Platform.Ecom, EventType: "product.updated" or "product.created" } when long.TryParse(entityId, out var productId) =>
                putBack.ExecuteAsync(productId, envelope, cancellationToken),
            _ => Task.CompletedTask,
        };
    }
}
