namespace Sync.Application.Events;

/// <summary>
/// A webhook delivery, verified and named, on its way to the handler of its concern.
/// It is a hint: handlers re-read the entity from its platform before acting.
/// </summary>
/// <param name="EventKey">Deterministic: every delivery of the same event has the same key.</param>
/// <param name="EntityKey">The entity the event is about, e.g. <c>xseries:product:123</c>; orders the entity's events.</param>
/// <param name="Payload">The platform's payload as received (JSON).</param>
public sealed record EventEnvelope(
    Platform Source,
    string EventType,
    Concern Concern,
    string EntityKey,
    string EventKey,
    DateTimeOffset ReceivedAt,
    string CorrelationId,
    string Payload);
