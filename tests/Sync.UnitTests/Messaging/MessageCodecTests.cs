using System.Text.Json;
using Moq;
using Sync.Application.Messaging;

namespace Sync.UnitTests.Messaging;

public sealed class MessageCodecTests
{
    private readonly Mock<IClaimCheck> claims = new();

    [Fact]
    public async Task A_small_envelope_travels_inline_and_round_trips()
    {
        var codec = new MessageCodec(claims.Object);
        var envelope = Envelopes.Inventory();

        var message = await codec.EncodeAsync(envelope, CancellationToken.None);

        Assert.Equal(envelope, await codec.DecodeAsync(message, CancellationToken.None));
        claims.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task An_envelope_too_large_for_a_queue_message_travels_by_claim_check()
    {
        string? stored = null;
        claims.Setup(c => c.StoreAsync("xseries-big", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, CancellationToken>((_, content, _) => stored = content)
            .ReturnsAsync("xseries-big.json");
        claims.Setup(c => c.LoadAsync("xseries-big.json", It.IsAny<CancellationToken>())).ReturnsAsync(() => stored!);
        var codec = new MessageCodec(claims.Object);
        var envelope = Envelopes.Inventory("xseries-big", $$"""{"note":"{{new string('x', 200_000)}}"}""");

        var message = await codec.EncodeAsync(envelope, CancellationToken.None);

        Assert.True(message.Length < 100);
        Assert.Equal(envelope, await codec.DecodeAsync(message, CancellationToken.None));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("null")]
    public async Task A_message_that_is_not_an_envelope_fails_to_decode(string message) =>
        await Assert.ThrowsAnyAsync<JsonException>(() => new MessageCodec(claims.Object).DecodeAsync(message, CancellationToken.None));
}
