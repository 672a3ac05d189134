using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

public sealed class ProcessedEventEntity : ITableEntity
{
    public const string Row = "event";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Source { get; set; } = "";
    public string EventType { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public string CorrelationId { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>When it was applied, or (while <see cref="Pending"/>) claimed: the retention purge goes by it.</summary>
    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>A run has claimed the event until <see cref="ClaimedUntil"/> and not yet applied it.</summary>
    public bool Pending { get; set; }

    public DateTimeOffset ClaimedUntil { get; set; }
}
