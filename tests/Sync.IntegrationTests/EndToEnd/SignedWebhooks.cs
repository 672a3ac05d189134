using System.Security.Cryptography;
using System.Text;

namespace Sync.IntegrationTests.EndToEnd;

/// <summary>Webhook requests signed as the platforms sign them.</summary>
internal static class SignedWebhooks
{
    public static HttpRequestMessage XSeriesInventory(string productId, int count, string secret = RunningDevHost.XSeriesSecret, string? padding = null)
    {
        var payload = $$"""{"id":"row-{{productId}}","product_id":"{{productId}}","outlet_id":"o-1","count":{{count}}{{(padding is null ? "" : $",\"note\":\"{padding}\"")}}}""";
        var body = $"payload={Uri.EscapeDataString(payload)}&domain_prefix=demo&environment=prod";
        return XSeries("inventory.update", body, secret);
    }

    public static HttpRequestMessage XSeries(string type, string body, string secret = RunningDevHost.XSeriesSecret)
    {
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/xseries/{type}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Signature", $"signature={signature},algorithm=HMAC-SHA256");
        return request;
    }

    /// <param name="id">The entity's id; an order's (its string id) travels in <c>data.orderId</c>, beside an internal number in <c>entityId</c>.</param>
    public static HttpRequestMessage Ecom(string eventType, string id, string? eventId = null, string secret = RunningDevHost.EcomSecret)
    {
        eventId ??= Guid.NewGuid().ToString();
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var (entityId, data) = eventType.StartsWith("order.", StringComparison.Ordinal) ? ("103878161", $$$"""{"orderId":"{{{id}}}"}""") : (id, "{}");
        var body = $$$"""{"eventId":"{{{eventId}}}","eventType":"{{{eventType}}}","eventCreated":{{{created}}},"storeId":1003,"entityId":{{{entityId}}},"data":{{{data}}}}""";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{created}.{eventId}")));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/ecom?eventType={eventType}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Ecwid-Webhook-Signature", signature);
        return request;
    }

    public static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = new ByteArrayContent(await request.Content!.ReadAsByteArrayAsync()),
        };
        copy.Content.Headers.ContentType = request.Content.Headers.ContentType;
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }
}
