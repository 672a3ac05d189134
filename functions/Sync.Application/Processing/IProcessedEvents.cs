namespace Sync.Application.Processing;

public interface IProcessedEvents
{
    Task<bool> ContainsAsync(string eventKey, CancellationToken cancellationToken);

    /// <summary>Inserts the record if no record has its key; false when one has (the event was applied already).</summary>
    Task<bool> TryAddAsync(ProcessedEvent processed, CancellationToken cancellationToken);

    /// <summary>Forgets events applied before <paramref name="cutoff"/>; the platforms stop redelivering after 48 h.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
