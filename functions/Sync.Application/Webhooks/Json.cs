using System.Globalization;
using System.Text.Json;

namespace Sync.Application.Webhooks;

internal static class Json
{
    /// <summary>
    /// A string or number property (following <paramref name="path"/>) as text; null when absent or empty. A string that
    /// is not valid Unicode (invalid UTF-8, a lone surrogate escape) is malformed input: <see cref="JsonException"/>.
    /// </summary>
    public static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        var text = element.ValueKind switch
        {
            JsonValueKind.String => Unicode(element),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public static long? Integer(JsonElement element, string name) =>
        Text(element, name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>The element's JSON text; <see cref="JsonException"/> when it holds invalid UTF-8.</summary>
    public static string Raw(JsonElement element)
    {
        try
        {
            return element.GetRawText();
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("The body holds text that is not valid UTF-8.", ex);
        }
    }

    private static string? Unicode(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("A string in the body is not valid Unicode (invalid UTF-8 or a lone surrogate).", ex);
        }
    }
}
