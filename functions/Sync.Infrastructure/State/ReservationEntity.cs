using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>
/// One order's reserved quantity of one SKU, written twice: under the SKU (to sum it) and under the
/// order (to release it).
/// </summary>
public sealed class ReservationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string OrderNumber { get; set; } = "";
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }

    public static string BySku(string sku) => $"reserved-sku:{Keys.Escape(sku)}";

    public static string ByOrder(string orderNumber) => $"reserved-order:{Keys.Escape(orderNumber)}";
}
