using System.Text.Json;
using Azure.Data.Tables;
using Sync.Application.Orders;

namespace Sync.Infrastructure.State;

/// <summary>
/// Links in <c>SyncLinks</c>: the order's row holds the link as JSON (claimed by insert-if-absent);
/// each sale's row points back at its order.
/// </summary>
public sealed class OrderLinkStore(TableServiceClient service) : IOrderLinks
{
    private const string Row = "link";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Links);

    public Task<bool> TryClaimAsync(OrderLink link, CancellationToken cancellationToken) =>
        table.TryInsertAsync(OrderRow(link), cancellationToken);

    public async Task<OrderLink?> ForOrderAsync(string orderNumber, CancellationToken cancellationToken) =>
        await table.GetAsync(OrderPartition(orderNumber), Row, cancellationToken) is { } row
            ? JsonSerializer.Deserialize(row.Json, StateJson.Default.OrderLink)
            : null;

    public async Task SaveAsync(OrderLink link, CancellationToken cancellationToken)
    {
        foreach (var sale in link.Sales)
        {
            await table.UpsertAsync(new JsonDocumentEntity { PartitionKey = SalePartition(sale.SaleId), RowKey = Row, Json = link.OrderId }, cancellationToken);
        }

        await table.UpsertAsync(OrderRow(link), cancellationToken);
    }

    public async Task<string?> OrderForSaleAsync(string saleId, CancellationToken cancellationToken) =>
        (await table.GetAsync(SalePartition(saleId), Row, cancellationToken))?.Json;

    private static JsonDocumentEntity OrderRow(OrderLink link) => new()
    {
        PartitionKey = OrderPartition(link.OrderId),
        RowKey = Row,
        Json = JsonSerializer.Serialize(link, StateJson.Default.OrderLink),
    };

    private static string OrderPartition(string orderNumber) => $"order:{Keys.Escape(orderNumber)}";

    private static string SalePartition(string saleId) => $"sale:{Keys.Escape(saleId)}";
}
