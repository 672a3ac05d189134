using System.Text;
using Sync.Application.Webhooks;

namespace Sync.UnitTests.Webhooks;

public sealed class XSeriesSignatureTests
{
    private const string Secret = "client-secret";
    private const string Body = "payload=%7B%22id%22%3A%221%22%7D&type=product.update";
    private static readonly string[] Secrets = [Secret];

    private static bool Verify(string? header, string body = Body, string[]? secrets = null) =>
        XSeriesSignature.IsValid(header, Encoding.UTF8.GetBytes(body), secrets ?? Secrets);

    [Fact]
    public void A_hex_signature_of_the_raw_body_is_valid() =>
        Assert.True(Verify(Signatures.XSeriesHex(Secret, Body)));

    [Fact]
    public void An_uppercase_hex_signature_is_valid() =>
        Assert.True(Verify($"signature={Convert.ToHexString(Signatures.Hmac(Secret, Body))},algorithm=HMAC-SHA256"));

    [Fact]
    public void A_base64_signature_of_the_raw_body_is_valid() =>
        Assert.True(Verify(Signatures.XSeriesBase64(Secret, Body)));

    [Fact]
    public void A_known_vector_verifies()
    {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the RFC 4231-style textbook vector.
        const string header = "signature=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8,algorithm=HMAC-SHA256";
        Assert.True(XSeriesSignature.IsValid(header, Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog"), ["key"]));
    }

    [Fact]
    public void A_tampered_body_is_refused() =>
        Assert.False(Verify(Signatures.XSeriesHex(Secret, Body), Body.Replace("1", "2", StringComparison.Ordinal)));

    [Fact]
    public void A_signature_made_with_another_secret_is_refused() =>
        Assert.False(Verify(Signatures.XSeriesHex("another-secret", Body)));

    [Fact]
    public void The_previous_secret_is_accepted_during_rotation() =>
        Assert.True(Verify(Signatures.XSeriesHex("old-secret", Body), secrets: [Secret, "old-secret"]));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("signature=,algorithm=HMAC-SHA256")]
    [InlineData("signature=not-hex-nor-base64!,algorithm=HMAC-SHA256")]
    [InlineData("signature=abcd,algorithm=HMAC-SHA256")]
    public void A_missing_or_undecodable_signature_is_refused(string? header) => Assert.False(Verify(header));

    [Fact]
    public void A_signature_claiming_another_algorithm_is_refused() =>
        Assert.False(Verify(Signatures.XSeriesHex(Secret, Body).Replace("HMAC-SHA256", "HMAC-SHA1", StringComparison.Ordinal)));

    [Fact]
    public void No_configured_secret_refuses_everything() =>
        Assert.False(Verify(Signatures.XSeriesHex(Secret, Body), secrets: []));
}
