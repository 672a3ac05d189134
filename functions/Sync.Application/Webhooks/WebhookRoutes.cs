using Sync.Application.Events;

namespace Sync.Application.Webhooks;

/// <summary>
/// Which concern's queue each event type feeds. All of one eCom order's events share the orders
/// queue so that they are applied in order; POS sale changes feed status sync.
/// Types not listed are acknowledged and logged, never queued.
/// </summary>
public static class WebhookRoutes
{
    private static readonly Dictionary<string, (string EntityKind, Concern Concern)> XSeries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["inventory.update"] = ("product", Concern.Inventory),
        ["product.update"] = ("product", Concern.Inventory),
        ["sale.update"] = ("sale", Concern.Status),
    };

    private static readonly Dictionary<string, (string EntityKind, Concern Concern)> Ecom = new(StringComparer.OrdinalIgnoreCase)
    {
        ["order.created"] = ("order", Concern.Orders),
        ["order.updated"] = ("order", Concern.Orders),
        ["order.deleted"] = ("order", Concern.Orders),
        ["product.created"] = ("product", Concern.Inventory),
        ["product.updated"] = ("product", Concern.Inventory),
        ["product.deleted"] = ("product", Concern.Inventory),
    };

    /// <summary>The X-Series webhook types the sync uses: the ones to register.</summary>
    public static IReadOnlyList<string> XSeriesTypes { get; } = [.. XSeries.Keys.Order(StringComparer.Ordinal)];

    public static (string EntityKind, Concern Concern)? Find(Platform source, string eventType) =>
        (source == Platform.XSeries ? XSeries : Ecom).TryGetValue(eventType, out var route) ? route : null;
}
