using Sync.Application.Events;

namespace Sync.Application.Inventory;

/// <summary>INV-8: the internal event that flushes one dirty POS product to eCom after the coalescing window.</summary>
public static class InventoryFlush
{
    public const string EventType = "inventory.flush";

    public static EventEnvelope For(string posProductId, EventEnvelope hint, DateTimeOffset now) => new(
        Platform.XSeries,
        EventType,
        Concern.Inventory,
        EventKeys.Entity(Platform.XSeries, "product", posProductId),
        $"flush-{Guid.NewGuid():N}",
        now,
        hint.CorrelationId,
        "{}");
}
