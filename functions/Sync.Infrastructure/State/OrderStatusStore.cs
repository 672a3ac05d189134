using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Sync.Application.Status;

namespace Sync.Infrastructure.State;

/// <summary>
/// Status state in <c>SyncStatus</c>, one partition per order: a new order is inserted if absent (409: someone
/// else did), a known one replaced at the ETag it was read with (412: someone else changed it).
/// </summary>
public sealed class OrderStatusStore(TableServiceClient service) : IOrderStatusStore
{
    private const string Row = "status";
    private readonly TableStore<OrderStatusEntity> table = new(service, TableNames.Status);

    public async Task<StoredOrderStatus?> GetAsync(string orderNumber, CancellationToken cancellationToken) =>
        await table.GetAsync(Partition(orderNumber), Row, cancellationToken) is { } row ? Read(row) : null;

    public Task<bool> TrySaveAsync(StoredOrderStatus status, CancellationToken cancellationToken)
    {
        var row = new OrderStatusEntity
        {
            PartitionKey = Partition(status.OrderId),
            RowKey = Row,
            Json = JsonSerializer.Serialize(OrderStatusMapping.ToDocument(status), StatusJson.Default.OrderStatusDocument),
            Open = !status.State.IsLocked,
        };
        if (status.Version is null)
        {
            return table.TryInsertAsync(row, cancellationToken);
        }

        row.ETag = new ETag(status.Version);
        return table.TryReplaceAsync(row, cancellationToken);
    }

    public async IAsyncEnumerable<string> OpenOrdersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync("Open eq true", cancellationToken))
        {
            yield return Read(row).OrderId;
        }
    }

    private static StoredOrderStatus Read(OrderStatusEntity row) =>
        OrderStatusMapping.FromDocument(JsonSerializer.Deserialize(row.Json, StatusJson.Default.OrderStatusDocument)!, row.ETag.ToString());

    private static string Partition(string orderNumber) => $"order:{Keys.Escape(orderNumber)}";
}
