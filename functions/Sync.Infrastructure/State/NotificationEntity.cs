using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>One new-order notification in <c>SyncNotifications</c>: partition per outlet, row per fulfillment.</summary>
public sealed class NotificationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string OrderNumber { get; set; } = "";
    public string FulfillmentId { get; set; } = "";
    public string OutletId { get; set; } = "";
    public string Link { get; set; } = "";
    public DateTimeOffset RaisedAt { get; set; }
}
