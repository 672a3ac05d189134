using System.Security.Cryptography;
using System.Text;

namespace Sync.UnitTests.Webhooks;

/// <summary>Signs as the platforms do, independently of the code under test.</summary>
internal static class Signatures
{
    public static byte[] Hmac(string secret, string text) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text));

    public static string XSeriesHex(string secret, string body) =>
        $"signature={Convert.ToHexStringLower(Hmac(secret, body))},algorithm=HMAC-SHA256";

    public static string XSeriesBase64(string secret, string body) =>
        $"signature={Convert.ToBase64String(Hmac(secret, body))},algorithm=HMAC-SHA256";

    public static string Ecom(string secret, long eventCreated, string eventId) =>
        Convert.ToBase64String(Hmac(secret, $"{eventCreated}.{eventId}"));
}
