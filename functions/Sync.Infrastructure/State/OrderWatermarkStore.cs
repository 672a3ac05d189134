using System.Globalization;
using Azure.Data.Tables;
using Sync.Application.Orders;

namespace Sync.Infrastructure.State;

/// <summary>The orders reconcile's watermark in <c>SyncWatermarks</c> (ALL-1), as a round-trip date.</summary>
public sealed class OrderWatermarkStore(TableServiceClient service) : IOrderWatermark
{
    private const string Partition = "ecom";
    private const string Row = "orders-updated";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Watermarks);

    public async Task<DateTimeOffset?> ReadAsync(CancellationToken cancellationToken) =>
        await table.GetAsync(Partition, Row, cancellationToken) is { } row
            ? DateTimeOffset.Parse(row.Json, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null;

    public Task WriteAsync(DateTimeOffset watermark, CancellationToken cancellationToken) =>
        table.UpsertAsync(new JsonDocumentEntity { PartitionKey = Partition, RowKey = Row, Json = watermark.ToString("O", CultureInfo.InvariantCulture) }, cancellationToken);
}
