using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Sync.Application.Audit;

namespace Sync.Infrastructure.State;

public sealed class AuditLogStore(TableServiceClient service) : IAuditLog
{
    private readonly TableStore<AuditEntity> table = new(service, TableNames.Audit);

    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        table.UpsertAsync(
            new AuditEntity
            {
                PartitionKey = entry.EntityKey,
                RowKey = AuditEntity.RowFor(entry.At),
                Action = entry.Action,
                RuleId = entry.RuleId,
                EventKey = entry.EventKey,
                CorrelationId = entry.CorrelationId,
                Before = entry.Before,
                After = entry.After,
                At = entry.At,
            },
            cancellationToken);

    public async IAsyncEnumerable<AuditEntry> ForEntityAsync(string entityKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {entityKey}"), cancellationToken))
        {
            yield return new AuditEntry(e.PartitionKey, e.Action, e.RuleId, e.EventKey, e.CorrelationId, e.Before, e.After, e.At);
        }
    }
}
