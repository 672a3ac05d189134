using Sync.Application.Events;

namespace Sync.Application.Processing;

/// <summary>The record that an event was applied; its key is the event key.</summary>
public sealed record ProcessedEvent(
    string EventKey,
    Platform Source,
    string EventType,
    string EntityKey,
    string CorrelationId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AppliedAt);
