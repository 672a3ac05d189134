using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Sync.Application.Inventory;

namespace Sync.Infrastructure.State;

/// <summary>Reconcile reports in <c>SyncReports</c> partition <c>inventory</c>: newest first by row key, and the latest under <c>latest</c>.</summary>
public sealed class InventoryReportStore(TableServiceClient service) : IInventoryReports
{
    private const string Partition = "inventory";
    private const string Latest = "latest";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Reports);

    public async Task SaveAsync(InventoryReport report, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(report, InventoryStateJson.Default.InventoryReport);
        var newestFirst = (DateTimeOffset.MaxValue.Ticks - report.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        await table.UpsertAsync(new JsonDocumentEntity { PartitionKey = Partition, RowKey = newestFirst, Json = json }, cancellationToken);
        await table.UpsertAsync(new JsonDocumentEntity { PartitionKey = Partition, RowKey = Latest, Json = json }, cancellationToken);
    }

    public async Task<InventoryReport?> LatestAsync(CancellationToken cancellationToken) =>
        await table.GetAsync(Partition, Latest, cancellationToken) is { } row
            ? JsonSerializer.Deserialize(row.Json, InventoryStateJson.Default.InventoryReport)
            : null;
}
