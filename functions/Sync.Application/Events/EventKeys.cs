using System.Security.Cryptography;
using System.Text;

namespace Sync.Application.Events;

/// <summary>Derives the deterministic keys that make redelivered webhooks recognisable.</summary>
public static class EventKeys
{
    /// <summary>Ecwid names each event with an id that is stable across its retries.</summary>
    public static string ForEcom(string eventId) => $"ecom-{Sanitize(eventId)}";

    /// <summary>
    /// X-Series sends no event id; a retried delivery carries the same payload, so the key is its hash.
    /// </summary>
    public static string ForXSeries(string eventType, string payload)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{eventType}\n{payload}"));
        return $"xseries-{Convert.ToHexStringLower(hash)}";
    }

    public static string Entity(Platform source, string kind, string id) =>
        $"{(source == Platform.XSeries ? "xseries" : "ecom")}:{kind}:{id}";

    // Table Storage keys may not contain '/', '\', '#', '?' or control characters.
    private static string Sanitize(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsControl(c) || c is '/' or '\\' or '#' or '?' ? '_' : c);
        }

        return builder.ToString();
    }
}
