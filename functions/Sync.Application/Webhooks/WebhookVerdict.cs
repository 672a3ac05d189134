namespace Sync.Application.Webhooks;

/// <summary>What the receiver answers: only <see cref="Accepted"/> reached a queue.</summary>
public enum WebhookVerdict
{
    Accepted,
    Ignored,
    Unauthorized,
    Malformed,
}
