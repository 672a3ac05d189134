namespace Sync.Application.Processing;

/// <summary>Which events were applied, and which run is applying one now (a claim that expires, so a crashed run's event is not lost).</summary>
public interface IProcessedEvents
{
    /// <summary>Claims the event for this run for <paramref name="duration"/>, unless it was applied or another run's claim is live.</summary>
    Task<EventClaim> TryClaimAsync(string eventKey, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Records the event as applied in place of this run's claim; false when the claim had expired and was taken over.</summary>
    Task<bool> CompleteAsync(EventClaim.Claimed claim, ProcessedEvent processed, CancellationToken cancellationToken);

    /// <summary>Gives the claim up after a failure, so the retry may claim it at once.</summary>
    Task ReleaseAsync(EventClaim.Claimed claim, CancellationToken cancellationToken);

    /// <summary>Forgets events applied (or claims taken) before <paramref name="cutoff"/>; the platforms stop redelivering after 48 h.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
