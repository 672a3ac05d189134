namespace Sync.Simulators.Shared;

internal sealed record WebhookMessage(string Type, Uri Url, string Body, string ContentType, IReadOnlyDictionary<string, string> Headers);
