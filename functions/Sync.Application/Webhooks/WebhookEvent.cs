namespace Sync.Application.Webhooks;

/// <summary>A webhook body, read just enough to name the event and its entity.</summary>
/// <param name="EntityKind">E.g. <c>product</c>, <c>sale</c>, <c>order</c>.</param>
public sealed record WebhookEvent(string EventType, string EntityKind, string EntityId, string Payload);
