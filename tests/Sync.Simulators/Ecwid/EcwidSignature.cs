using System.Security.Cryptography;
using System.Text;

namespace Sync.Simulators.Ecwid;

/// <summary><c>X-Ecwid-Webhook-Signature</c> = base64(HMAC-SHA256(UTF8("{eventCreated}.{eventId}"), client secret)).</summary>
public static class EcwidSignature
{
    public static string Sign(long eventCreated, string eventId, string clientSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes($"{eventCreated}.{eventId}")));
}
