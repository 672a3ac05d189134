namespace Sync.Application.Webhooks;

/// <summary>
/// X-Series signs the raw body: <c>X-Signature: signature=&lt;sig&gt;,algorithm=HMAC-SHA256</c>,
/// an HMAC-SHA256 keyed with the app's client secret. Whether <c>sig</c> is hex or base64 is
/// undocumented (platforms.md, unsure), so both are accepted.
/// </summary>
public static class XSeriesSignature
{
    public const string Header = "X-Signature";

    public static bool IsValid(string? header, ReadOnlySpan<byte> body, IEnumerable<string> secrets)
    {
        var signature = Parse(header);
        return signature is not null && Hmac.AnySecretSigns(secrets, body, signature);
    }

    private static byte[]? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        string? value = null;
        foreach (var part in header.Split(','))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
            {
                continue;
            }

            if (pair[0].Equals("algorithm", StringComparison.OrdinalIgnoreCase)
                && !pair[1].Equals("HMAC-SHA256", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (pair[0].Equals("signature", StringComparison.OrdinalIgnoreCase))
            {
                value = pair[1];
            }
        }

        return value is null ? null : Hmac.DecodeDigest(value);
    }
}
