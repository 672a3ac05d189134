using System.Text.Json;
using System.Text.Json.Serialization;
using Sync.Application.Events;

namespace Sync.Application.Messaging;

/// <summary>The wire form of an envelope on either transport.</summary>
public static class EnvelopeJson
{
    public static string Serialize(EventEnvelope envelope) =>
        JsonSerializer.Serialize(envelope, EnvelopeJsonContext.Default.EventEnvelope);

    /// <exception cref="JsonException">The text is not an envelope.</exception>
    public static EventEnvelope Deserialize(string text) =>
        JsonSerializer.Deserialize(text, EnvelopeJsonContext.Default.EventEnvelope)
        ?? throw new JsonException("The message is empty.");
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(EventEnvelope))]
internal sealed partial class EnvelopeJsonContext : JsonSerializerContext;
