using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Sync.IntegrationTests.EndToEnd;

namespace Sync.IntegrationTests.Fuzz;

/// <summary>
/// Generators of deliveries that must be refused: random bytes and headers, and structured bodies whose fields are
/// wrong in the ways probes found (lone surrogates, invalid UTF-8, overlong ids, extreme numbers, stale times). A body that
/// is signed correctly always carries at least one such defect, so no generated delivery may reach a queue.
/// </summary>
internal static class BadWebhooks
{
    // Stands for bytes that are not UTF-8; replaced after the text is encoded.
    private const string InvalidUtf8 = "\u0001BAD\u0001";
    private static readonly byte[] InvalidBytes = [0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80];

    private static readonly string[] EventTypes =
        ["order.created", "order.updated", "product.updated", "inventory.update", "sale.update", "product.update", "application.installed", ""];

    public static Gen<FuzzRequest> Any(long now) => Gen.Frequency(
        (2, RandomBytes),
        (4, Ecom(now)),
        (3, XSeries));

    private static Gen<string> Path => Gen.OneOf(
        Gen.Const("/api/webhooks/ecom"),
        Gen.OneOf(EventTypes).Select(t => $"/api/webhooks/xseries/{Uri.EscapeDataString(t.Length == 0 ? "x" : t)}"),
        Gen.String[1, 80].Select(t => $"/api/webhooks/xseries/{Uri.EscapeDataString(t)}"));

    private static Gen<string?> ContentType => Gen.Frequency(
        (3, Gen.OneOf<string?>(new string?[] { null, "application/json", "application/x-www-form-urlencoded", "text/plain; charset=latin1" })),
        (1, Gen.String[0, 40].Select(s => (string?)s)));

    private static Gen<(string, string)[]> GarbageHeaders => Gen.OneOf(
        Gen.Const(Array.Empty<(string, string)>()),
        Gen.String[0, 120].Select(s => new[] { ("X-Signature", s) }),
        Gen.String[0, 120].Select(s => new[] { ("X-Signature", $"signature={s},algorithm=HMAC-SHA256") }),
        Gen.String[0, 120].Select(s => new[] { ("X-Ecwid-Webhook-Signature", s) }),
        Gen.Byte.Array[32].Select(b => new[] { ("X-Ecwid-Webhook-Signature", Convert.ToBase64String(b)) }));

    private static Gen<FuzzRequest> RandomBytes =>
        Gen.Select(Path, Gen.Byte.Array[0, 4000], ContentType, GarbageHeaders, (path, body, type, headers) => new FuzzRequest(path, body, type, headers, "bytes"));

    /// <summary>A JSON value as it appears in a body: strings of every kind (some not valid Unicode), numbers, other types.</summary>
    private static Gen<string> JsonValue => Gen.Frequency(
        (3, Gen.String[0, 30].Select(Quote)),
        (2, Gen.OneOf("\"\\ud800\"", "\"\\udfff\\ud800\"", "\"a\\udc00b\"", "\"\\u0000\"", $"\"{InvalidUtf8}\"", "\"a/b#c?d\\\\e%\"")),
        (1, Gen.Int[129, 70_000].Select(n => Quote(new string('x', n)))),
        (2, Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("1e308", "-0", "1.5", "null", "true", "{}", "[]", "[1,2]", "{\"a\":{\"b\":[]}}", "99999999999999999999999")));

    private static Gen<string?> Field(Gen<string> value) => Gen.Frequency((1, Gen.OneOf<string?>(new string?[] { null })), (6, value.Select(v => (string?)v)));

    private static Gen<FuzzRequest> Ecom(long now) =>
        Gen.Select(
            Field(Gen.Frequency((2, JsonValue), (3, Gen.Const(Quote(Guid.NewGuid().ToString()))))),
            Field(Gen.Frequency((2, JsonValue), (3, Gen.OneOf(EventTypes).Select(Quote)))),
            Field(Gen.Frequency((1, JsonValue), (1, Gen.OneOf(now - 51 * 3600, now + 3600, long.MinValue, long.MaxValue, 0).Select(n => $"{n}")))),
            Field(Gen.Frequency((2, JsonValue), (3, Gen.Int.Positive.Select(n => $"{n}")))),
            Gen.Int[0, 5],
            GarbageHeaders)
        .Select(f => EcomBody(f.Item1, f.Item2, f.Item3, f.Item4, f.Item5, f.Item6, now));

    /// <param name="defect">0, 1: unsigned (garbage headers); else signed correctly, with the event created too long ago (2) or ahead (3),
    /// an overlong event id (4) or entity id (5).</param>
    private static FuzzRequest EcomBody(
        string? eventId, string? eventType, string? created, string? entityId, int defect, (string, string)[] garbage, long now)
    {
        (eventId, created, entityId) = defect switch
        {
            2 => (eventId, $"{now - 51 * 3600}", entityId),
            3 => (eventId, $"{now + 3600}", entityId),
            4 => (Quote(new string('e', 129)), $"{now}", entityId),
            5 => (eventId, $"{now}", Quote(new string('n', 60_000))),
            _ => (eventId, created, entityId),
        };
        var fields = new[] { ("eventId", eventId), ("eventType", eventType), ("eventCreated", created), ("storeId", "1003"), ("entityId", entityId) };
        var json = "{" + string.Join(",", fields.Where(f => f.Item2 is not null).Select(f => $"\"{f.Item1}\":{f.Item2}")) + ",\"data\":{}}";
        if (defect < 2 || !Signable(eventId, created, out var id, out var at))
        {
            return new FuzzRequest("/api/webhooks/ecom", Bytes(json), "application/json", garbage, "ecom");
        }

        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(RunningDevHost.EcomSecret), Encoding.UTF8.GetBytes($"{at}.{id}")));
        return new FuzzRequest("/api/webhooks/ecom", Bytes(json), "application/json", [("X-Ecwid-Webhook-Signature", signature)], $"ecom-signed-{defect}");
    }

    /// <summary>Unsigned (garbage headers) form bodies with random ids and broken escapes; or signed ones with a defect kept in.</summary>
    private static Gen<FuzzRequest> XSeries =>
        Gen.Select(
            Gen.OneOf(EventTypes).Select(t => t.Length == 0 ? "x" : t),
            Field(Gen.Frequency((3, JsonValue), (2, Gen.Const(Quote(Guid.NewGuid().ToString()))))),
            Gen.OneOf("", "%ZZ", "%", "%ED%A0%80", "&type=sale.update", "&payload=", "&&==&"),
            Gen.Int[0, 5],
            GarbageHeaders,
            (type, id, tail, defect, garbage) =>
            {
                // Signed defects: an overlong id (2), a payload that is no object (3), no id at all (4), a type the sync does not route (5).
                var payload = defect switch
                {
                    2 => $"{{\"id\":{Quote(new string('i', 200))},\"product_id\":{Quote(new string('i', 60_000))}}}",
                    3 => id ?? "[]",
                    4 => "{\"count\":1,\"outlet_id\":\"o-1\"}",
                    _ => id is null ? "{\"count\":1}" : $"{{\"id\":{id},\"product_id\":{id}}}",
                };
                type = defect == 5 ? "application.installed" : type;
                var form = "payload=" + Uri.EscapeDataString(payload).Replace(Uri.EscapeDataString(InvalidUtf8), "%C3%28", StringComparison.Ordinal);
                var path = $"/api/webhooks/xseries/{Uri.EscapeDataString(type)}";
                if (defect < 2)
                {
                    return new FuzzRequest(path, Bytes(form + tail), "application/x-www-form-urlencoded", garbage, "xseries");
                }

                var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(RunningDevHost.XSeriesSecret), Bytes(form)));
                return new FuzzRequest(
                    path, Bytes(form), "application/x-www-form-urlencoded", [("X-Signature", $"signature={signature},algorithm=HMAC-SHA256")], $"xseries-signed-{defect}");
            });

    private static bool Signable(string? eventId, string? created, out string id, out long at)
    {
        id = eventId is { Length: >= 2 } && eventId[0] == '"' && !eventId.Contains('\\', StringComparison.Ordinal) && !eventId.Contains(InvalidUtf8, StringComparison.Ordinal)
            ? eventId[1..^1]
            : "";
        at = 0;
        return id.Trim().Length > 0 && long.TryParse(created, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out at);
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => $"\\u{(int)c:x4}",
                _ when char.IsSurrogate(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static byte[] Bytes(string text)
    {
        var parts = text.Split(InvalidUtf8);
        return parts.Skip(1).Aggregate(Encoding.UTF8.GetBytes(parts[0]).AsEnumerable(), (bytes, part) => bytes.Concat(InvalidBytes).Concat(Encoding.UTF8.GetBytes(part))).ToArray();
    }
}
