using System.Text;
using System.Text.Json;

namespace Sync.Application.Webhooks;

/// <summary>
/// Reads an X-Series delivery: a form-encoded body whose <c>payload</c> field holds the entity as JSON
/// (the 1.0 shape). The event type comes from the URL it was registered on, or from a <c>type</c>
/// field that some senders add (platforms.md, unsure).
/// </summary>
public static class XSeriesWebhookReader
{
    public static WebhookEvent? Read(ReadOnlySpan<byte> body, string? typeFromUrl, out string? error)
    {
        error = null;
        var fields = FormFields(Encoding.UTF8.GetString(body));
        if (fields is null || !fields.TryGetValue("payload", out var payload) || string.IsNullOrWhiteSpace(payload))
        {
            error = "The body is not a form with a 'payload' field.";
            return null;
        }

        var type = !string.IsNullOrWhiteSpace(typeFromUrl) ? typeFromUrl : fields.GetValueOrDefault("type");
        if (string.IsNullOrWhiteSpace(type))
        {
            error = "The event type is missing: register the webhook on /webhooks/xseries/{type}.";
            return null;
        }

        var id = EntityId(payload, type, out error);
        error ??= id is null ? null : WebhookLimits.Overlong(("type", type, WebhookLimits.MaxTypeLength), ("id", id, WebhookLimits.MaxIdLength));
        return id is null || error is not null ? null : new WebhookEvent(type.Trim(), EntityKind(type), id, payload);
    }

    private static string? EntityId(string payload, string type, out string? error)
    {
        error = null;
        try
        {
            using var json = JsonDocument.Parse(payload);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "The payload is not a JSON object.";
                return null;
            }

            // An inventory row is about its product; every other entity is named by its own id.
            var id = type.Equals("inventory.update", StringComparison.OrdinalIgnoreCase)
                ? Json.Text(json.RootElement, "product_id") ?? Json.Text(json.RootElement, "product", "id")
                : Json.Text(json.RootElement, "id");
            error = id is null ? "The payload names no entity id." : null;
            return id;
        }
        catch (JsonException ex)
        {
            error = ex.InnerException is null ? "The payload is not valid JSON." : ex.Message;
            return null;
        }
    }

    private static string EntityKind(string type) => type.Split('.')[0].Trim().ToLowerInvariant() switch
    {
        "inventory" => "product",
        var kind => kind,
    };

    private static Dictionary<string, string>? FormFields(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            try
            {
                fields[Unescape(parts[0])] = parts.Length == 2 ? Unescape(parts[1]) : string.Empty;
            }
            catch (UriFormatException)
            {
                return null;
            }
        }

        return fields;
    }

    private static string Unescape(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
