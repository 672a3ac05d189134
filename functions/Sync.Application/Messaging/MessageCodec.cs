using System.Text;
using System.Text.Json;
using Sync.Application.Events;

namespace Sync.Application.Messaging;

/// <summary>
/// Encodes envelopes for either transport. An envelope larger than a Storage Queue message can
/// hold (64 KiB after base64) is stored through the claim check and the message names it.
/// </summary>
public sealed class MessageCodec(IClaimCheck claims)
{
    public const int MaxInlineBytes = 48 * 1024;
    private const string ClaimPrefix = "claim:";

    public async Task<string> EncodeAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        var text = EnvelopeJson.Serialize(envelope);
        return Encoding.UTF8.GetByteCount(text) <= MaxInlineBytes
            ? text
            : ClaimPrefix + await claims.StoreAsync(envelope.EventKey, text, cancellationToken);
    }

    /// <exception cref="JsonException">The message is not an envelope.</exception>
    public async Task<EventEnvelope> DecodeAsync(string message, CancellationToken cancellationToken)
    {
        var text = message.StartsWith(ClaimPrefix, StringComparison.Ordinal)
            ? await claims.LoadAsync(message[ClaimPrefix.Length..], cancellationToken)
            : message;
        return EnvelopeJson.Deserialize(text);
    }
}
