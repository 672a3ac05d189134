using System.Security.Cryptography;
using System.Text;

namespace Sync.Simulators.XSeries;

/// <summary>
/// <c>X-Signature: signature=&lt;sig&gt;,algorithm=HMAC-SHA256</c>: HMAC-SHA256 of the raw body keyed with the
/// app's client secret. Whether the vendor's sig is hex or base64 is unsure, so the simulator can send either.
/// </summary>
public static class XSeriesSignature
{
    public static string Sign(string rawBody, string clientSecret, bool base64 = false)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(rawBody));
        return base64 ? Convert.ToBase64String(mac) : Convert.ToHexStringLower(mac);
    }

    public static string Header(string rawBody, string clientSecret, bool base64 = false) =>
        $"signature={Sign(rawBody, clientSecret, base64)},algorithm=HMAC-SHA256";
}
