using System.Security.Cryptography;
using System.Text;

namespace Sync.Application.Webhooks;

internal static class Hmac
{
    public static byte[] Sha256(string secret, ReadOnlySpan<byte> data) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data);

    /// <summary>True when any secret signs <paramref name="data"/> as <paramref name="signature"/>, compared in constant time.</summary>
    public static bool AnySecretSigns(IEnumerable<string> secrets, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        var matched = false;
        foreach (var secret in secrets)
        {
            matched |= CryptographicOperations.FixedTimeEquals(Sha256(secret, data), signature);
        }

        return matched;
    }

    /// <summary>Decodes a signature sent as hex or as base64; null when it is neither.</summary>
    public static byte[]? DecodeDigest(string text)
    {
        const int digestBytes = 32;
        text = text.Trim();
        if (text.Length == digestBytes * 2 && text.All(Uri.IsHexDigit))
        {
            return Convert.FromHexString(text);
        }

        var buffer = new byte[digestBytes + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) && written == digestBytes
            ? buffer[..digestBytes]
            : null;
    }
}
