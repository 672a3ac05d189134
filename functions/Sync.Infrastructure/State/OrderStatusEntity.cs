using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>One order's status state in <c>SyncStatus</c>: the document, and whether it can still change (for reconciliation).</summary>
public sealed class OrderStatusEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Json { get; set; } = "";
    public bool Open { get; set; }
}
