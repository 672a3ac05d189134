using System.Text;

namespace Sync.Application.Webhooks;

/// <summary>
/// Ecwid signs the event's identity, not the body:
/// <c>X-Ecwid-Webhook-Signature = base64(HMAC-SHA256("{eventCreated}.{eventId}", client secret))</c>.
/// </summary>
public static class EcomSignature
{
    public const string Header = "X-Ecwid-Webhook-Signature";

    public static bool IsValid(string? header, long eventCreated, string eventId, IEnumerable<string> secrets)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var buffer = new byte[35];
        if (!Convert.TryFromBase64String(header.Trim(), buffer, out var written) || written != 32)
        {
            return false;
        }

        return Hmac.AnySecretSigns(secrets, SignedText(eventCreated, eventId), buffer.AsSpan(0, 32));
    }

    public static byte[] SignedText(long eventCreated, string eventId) =>
        Encoding.UTF8.GetBytes($"{eventCreated}.{eventId}");
}
