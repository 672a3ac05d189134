using Azure;
using Azure.Data.Tables;
using Sync.Application.Notifications;

namespace Sync.Infrastructure.State;

/// <summary>Read marks in <c>SyncNotificationReads</c>: one partition per staff member, one row per fulfillment read.</summary>
public sealed class NotificationReadMarkStore(TableServiceClient service) : INotificationReadMarks
{
    private readonly TableStore<ReadMarkEntity> table = new(service, TableNames.NotificationReads);

    public async Task<IReadOnlySet<string>> ReadByAsync(string userId, CancellationToken cancellationToken)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(userId)}"), cancellationToken))
        {
            read.Add(row.FulfillmentId);
        }

        return read;
    }

    public Task MarkReadAsync(string userId, IReadOnlyCollection<string> fulfillmentIds, CancellationToken cancellationToken) =>
        table.SubmitAsync(
            fulfillmentIds.Select(id => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new ReadMarkEntity
            {
                PartitionKey = Partition(userId),
                RowKey = Keys.Escape(id),
                FulfillmentId = id,
            })),
            cancellationToken);

    private static string Partition(string userId) => $"user:{Keys.Escape(userId)}";

    public sealed class ReadMarkEntity : ITableEntity
    {
        public string PartitionKey { get; set; } = "";
        public string RowKey { get; set; } = "";
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public string FulfillmentId { get; set; } = "";
    }
}
