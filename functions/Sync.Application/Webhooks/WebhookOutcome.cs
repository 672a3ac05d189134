using Sync.Application.Events;

namespace Sync.Application.Webhooks;

public sealed record WebhookOutcome(WebhookVerdict Verdict, string Detail, EventEnvelope? Envelope = null)
{
    public static WebhookOutcome Unauthorized { get; } = new(WebhookVerdict.Unauthorized, "Signature missing or invalid.");

    /// <summary>Signed, but created outside the accepted window: a replayed signature is indistinguishable from it.</summary>
    public static WebhookOutcome Stale(string reason) => new(WebhookVerdict.Unauthorized, reason);

    public static WebhookOutcome Malformed(string reason) => new(WebhookVerdict.Malformed, reason);

    public static WebhookOutcome Ignored(string eventType) => new(WebhookVerdict.Ignored, $"Event type '{eventType}' is not used by the sync.");

    public static WebhookOutcome Accepted(EventEnvelope envelope) => new(WebhookVerdict.Accepted, "Accepted.", envelope);
}
