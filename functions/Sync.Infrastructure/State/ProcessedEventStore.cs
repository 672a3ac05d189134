using Azure.Data.Tables;
using Sync.Application.Processing;

namespace Sync.Infrastructure.State;

/// <summary>Processed events keyed by event key (one partition each: point reads, no hot partition).</summary>
public sealed class ProcessedEventStore(TableServiceClient service) : IProcessedEvents
{
    private readonly TableStore<ProcessedEventEntity> table = new(service, TableNames.Events);

    public async Task<bool> ContainsAsync(string eventKey, CancellationToken cancellationToken) =>
        await table.GetAsync(eventKey, ProcessedEventEntity.Row, cancellationToken) is not null;

    public Task<bool> TryAddAsync(ProcessedEvent processed, CancellationToken cancellationToken) =>
        table.TryInsertAsync(
            new ProcessedEventEntity
            {
                PartitionKey = processed.EventKey,
                Source = processed.Source.ToString(),
                EventType = processed.EventType,
                EntityKey = processed.EntityKey,
                CorrelationId = processed.CorrelationId,
                ReceivedAt = processed.ReceivedAt,
                AppliedAt = processed.AppliedAt,
            },
            cancellationToken);

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
}
