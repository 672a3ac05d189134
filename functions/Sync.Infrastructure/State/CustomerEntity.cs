using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>One email's row in <c>SyncCustomers</c>: its POS customer, or until when a run has claimed it.</summary>
public sealed class CustomerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? CustomerId { get; set; }
    public DateTimeOffset ClaimedUntil { get; set; }
}
