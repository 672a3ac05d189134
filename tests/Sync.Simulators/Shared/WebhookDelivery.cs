namespace Sync.Simulators.Shared;

/// <summary>One webhook the simulator tried to send: <see cref="Status"/> null when dropped on purpose or failed.</summary>
public sealed record WebhookDelivery(string Type, Uri Url, string Body, IReadOnlyDictionary<string, string> Headers, int? Status, string? Error, bool Dropped);
