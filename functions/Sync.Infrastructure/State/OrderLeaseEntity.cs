using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>One order's lease in <c>SyncOrderLeases</c>: who holds it until when, and the sales plan it committed to (JSON).</summary>
public sealed class OrderLeaseEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Owner { get; set; } = "";
    public DateTimeOffset LeasedUntil { get; set; }
    public string? PlanJson { get; set; }
}
