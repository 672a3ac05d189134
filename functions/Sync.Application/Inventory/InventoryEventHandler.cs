using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Events;
using Sync.Application.Processing;

namespace Sync.Application.Inventory;

/// <summary>
/// The inventory concern: POS changes mark products dirty (INV-8), flushes write them (INV-4), and eCom
/// product changes are checked for manual edits (INV-5). Other eCom product events change no stock.
/// The use cases are resolved per event: they hold typed HTTP clients, which must not live as long as the dispatcher.
/// </summary>
public sealed class InventoryEventHandler(IServiceScopeFactory scopes) : IEventHandler
{
    public Concern Concern => Concern.Inventory;

    public async Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var entityId = envelope.EntityKey.Split(':', 3)[^1];
        await (envelope switch
        {
            { Source: Platform.XSeries, EventType: InventoryFlush.EventType } =>
                services.GetRequiredService<FlushProduct>().ExecuteAsync(entityId, envelope, cancellationToken),
            { Source: Platform.XSeries } =>
                services.GetRequiredService<MarkProductDirty>().ExecuteAsync(entityId, envelope, cancellationToken),
            { Source: Platform.Ecom, EventType: "product.updated" or "product.created" } when long.TryParse(entityId, out var productId) =>
                services.GetRequiredService<PutBackEcomEdits>().ExecuteAsync(productId, envelope, cancellationToken),
            _ => Task.CompletedTask,
        });
    }
}
