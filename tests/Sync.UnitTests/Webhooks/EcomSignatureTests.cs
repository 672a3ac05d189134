using Sync.Application.Webhooks;

namespace Sync.UnitTests.Webhooks;

public sealed class EcomSignatureTests
{
    private const string Secret = "ecwid-client-secret";
    private const long Created = 1_764_400_000;
    private const string EventId = "08a9a0b2-5d1a-4bd0-9a1c-6a6c7d4e2f10";

    [Fact]
    public void A_signature_of_created_dot_event_id_is_valid() =>
        Assert.True(EcomSignature.IsValid(Signatures.Ecom(Secret, Created, EventId), Created, EventId, [Secret]));

    [Fact]
    public void A_known_vector_verifies()
    {
        // base64(HMAC-SHA256("secret", "1.abc")) computed with openssl.
        const string signature = "mGEmEuCMV9+RyDBLrmefH+g64sy561u89FqI4B6kWWE=";
        Assert.Equal(signature, Signatures.Ecom("secret", 1, "abc"));
        Assert.True(EcomSignature.IsValid(signature, 1, "abc", ["secret"]));
    }

    [Fact]
    public void A_signature_for_another_event_is_refused() =>
        Assert.False(EcomSignature.IsValid(Signatures.Ecom(Secret, Created, EventId), Created, "another-event", [Secret]));

    [Fact]
    public void A_signature_for_another_time_is_refused() =>
        Assert.False(EcomSignature.IsValid(Signatures.Ecom(Secret, Created, EventId), Created + 1, EventId, [Secret]));

    [Fact]
    public void A_signature_made_with_another_secret_is_refused() =>
        Assert.False(EcomSignature.IsValid(Signatures.Ecom("wrong", Created, EventId), Created, EventId, [Secret]));

    [Fact]
    public void The_previous_secret_is_accepted_during_rotation() =>
        Assert.True(EcomSignature.IsValid(Signatures.Ecom("old", Created, EventId), Created, EventId, [Secret, "old"]));

    [Fact]
    public void A_hex_signature_is_refused_because_ecwid_sends_base64() =>
        Assert.False(EcomSignature.IsValid(
            Convert.ToHexStringLower(Signatures.Hmac(Secret, $"{Created}.{EventId}")), Created, EventId, [Secret]));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%%%")]
    public void A_missing_or_garbled_signature_is_refused(string? header) =>
        Assert.False(EcomSignature.IsValid(header, Created, EventId, [Secret]));
}
