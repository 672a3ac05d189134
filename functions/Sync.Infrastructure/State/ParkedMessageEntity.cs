using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>Partitioned by concern, keyed by message id (the event key when the message was readable).</summary>
public sealed class ParkedMessageEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Message { get; set; } = "";
    public string? MessageClaim { get; set; }
    public string Reason { get; set; } = "";
    public string? EventType { get; set; }
    public string? EntityKey { get; set; }
    public DateTimeOffset ParkedAt { get; set; }
}
