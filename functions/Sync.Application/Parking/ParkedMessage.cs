using Sync.Application.Events;

namespace Sync.Application.Parking;

/// <summary>A message that could not be applied, kept with its reason until an operator replays it (ALL-2).</summary>
/// <param name="Message">The queue message exactly as it was, so that nothing is lost.</param>
public sealed record ParkedMessage(
    Concern Concern,
    string Id,
    string Message,
    string Reason,
    string? EventType,
    string? EntityKey,
    DateTimeOffset ParkedAt);
