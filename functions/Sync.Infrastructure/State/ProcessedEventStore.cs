using Azure;
using Azure.Data.Tables;
using Sync.Application.Processing;

namespace Sync.Infrastructure.State;

/// <summary>
/// Processed events keyed by event key (one partition each: point reads, no hot partition). A row is first a claim
/// (<c>Pending</c>, insert-if-absent, or an ETag replace of an expired one), then the record that the event was applied.
/// </summary>
public sealed class ProcessedEventStore(TableServiceClient service, TimeProvider clock) : IProcessedEvents
{
    private readonly TableStore<ProcessedEventEntity> table = new(service, TableNames.Events);

    public async Task<EventClaim> TryClaimAsync(string eventKey, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claim = new ProcessedEventEntity { PartitionKey = eventKey, Pending = true, ClaimedUntil = now + duration, AppliedAt = now };
        var current = await table.GetAsync(eventKey, ProcessedEventEntity.Row, cancellationToken);
        switch (current)
        {
            case null:
                return await table.TryInsertAsync(claim, cancellationToken) ? Claimed(claim) : new EventClaim.Held(now);
            case { Pending: false }:
                return new EventClaim.Applied();
            case { ClaimedUntil: var until } when until > now:
                return new EventClaim.Held(until);
        }

        claim.ETag = current.ETag;
        return await table.TryReplaceAsync(claim, cancellationToken) ? Claimed(claim) : new EventClaim.Held(now);
    }

    public Task<bool> CompleteAsync(EventClaim.Claimed claim, ProcessedEvent processed, CancellationToken cancellationToken) =>
        table.TryReplaceAsync(
            new ProcessedEventEntity
            {
                PartitionKey = processed.EventKey,
                ETag = new ETag(claim.Version),
                Source = processed.Source.ToString(),
                EventType = processed.EventType,
                EntityKey = processed.EntityKey,
                CorrelationId = processed.CorrelationId,
                ReceivedAt = processed.ReceivedAt,
                AppliedAt = processed.AppliedAt,
            },
            cancellationToken);

    public Task ReleaseAsync(EventClaim.Claimed claim, CancellationToken cancellationToken) =>
        table.TryDeleteAsync(claim.EventKey, ProcessedEventEntity.Row, new ETag(claim.Version), cancellationToken);

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var purged = 0;
        var filter = TableClient.CreateQueryFilter<ProcessedEventEntity>(e => e.AppliedAt < cutoff);
        await foreach (var entity in table.QueryAsync(filter, cancellationToken))
        {
            await table.DeleteAsync(entity.PartitionKey, entity.RowKey, cancellationToken);
            purged++;
        }

        return purged;
    }

    private static EventClaim.Claimed Claimed(ProcessedEventEntity claim) => new(claim.PartitionKey, claim.ETag.ToString());
}
