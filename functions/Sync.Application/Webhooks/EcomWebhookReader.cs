using System.Text.Json;

namespace Sync.Application.Webhooks;

/// <summary>
/// Reads an Ecwid delivery: a thin JSON body naming the event and its entity. <c>eventId</c> is
/// documented as a number but sent as a UUID string, so it is read as text either way. An order event's
/// <c>entityId</c> is Ecwid's internal order number, which the API does not take: the order is named by
/// <c>data.orderId</c>, its string id (Ecwid's "Event data in webhooks"). Anything
/// unreadable (not JSON, text that is not valid Unicode, an overlong id) is a reason, never an exception.
/// </summary>
public static class EcomWebhookReader
{
    public static EcomWebhookEvent? Read(ReadOnlySpan<byte> body, out string? error)
    {
        try
        {
            using var json = JsonDocument.Parse(body.ToArray());
            var root = json.RootElement;
            var eventId = root.ValueKind == JsonValueKind.Object ? Json.Text(root, "eventId") : null;
            var eventType = eventId is null ? null : Json.Text(root, "eventType");
            var created = eventType is null ? null : Json.Integer(root, "eventCreated");
            var kind = eventType?.Split('.')[0].ToLowerInvariant();
            var entityId = created is null ? null
                : kind == "order" ? Json.Text(root, "data", "orderId")
                : Json.Text(root, "entityId");
            if (entityId is null)
            {
                error = kind == "order"
                    ? "The order event lacks eventCreated or data.orderId."
                    : "The body lacks eventId, eventType, eventCreated or entityId.";
                return null;
            }

            error = WebhookLimits.Overlong(
                ("eventId", eventId!, WebhookLimits.MaxIdLength), ("eventType", eventType!, WebhookLimits.MaxTypeLength), ("entityId", entityId, WebhookLimits.MaxIdLength));
            return error is null
                ? new EcomWebhookEvent(eventId!, created!.Value, Json.Text(root, "storeId"), new WebhookEvent(eventType!, kind!, entityId, Json.Raw(root)))
                : null;
        }
        catch (JsonException ex)
        {
            error = ex.InnerException is null ? "The body is not valid JSON." : ex.Message;
            return null;
        }
    }
}
