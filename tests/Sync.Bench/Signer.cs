using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Sync.Bench;

/// <summary>Builds distinct webhook deliveries, each signed as its platform signs it.</summary>
public sealed class Signer(string xSeriesSecret, string ecomSecret)
{
    public HttpRequestMessage XSeries(int n)
    {
        var payload = JsonSerializer.Serialize(new { id = $"inventory-{n}", product_id = $"product-{n}", count = n % 50 });
        var body = Encoding.UTF8.GetBytes($"payload={Uri.EscapeDataString(payload)}");
        var signature = Convert.ToHexStringLower(Hmac(xSeriesSecret, body));
        var request = Post("api/webhooks/xseries/inventory.update", body, "application/x-www-form-urlencoded");
        request.Headers.Add("X-Signature", $"signature={signature},algorithm=HMAC-SHA256");
        return request;
    }

    public HttpRequestMessage Ecom(int n)
    {
        var eventId = Guid.NewGuid().ToString();
        var eventCreated = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            eventId, eventType = "order.created", eventCreated, storeId = "1003", entityId = $"{n}", data = new { orderId = n },
        });
        var request = Post("api/webhooks/ecom", body, "application/json");
        request.Headers.Add("X-Ecwid-Webhook-Signature", Convert.ToBase64String(Hmac(ecomSecret, Encoding.UTF8.GetBytes($"{eventCreated}.{eventId}"))));
        return request;
    }

    private static byte[] Hmac(string secret, byte[] data) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data);

    private static HttpRequestMessage Post(string path, byte[] body, string mediaType) => new(HttpMethod.Post, path)
    {
        Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } },
    };
}
