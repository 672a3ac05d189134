using System.Globalization;
using Azure.Data.Tables;
using Sync.Application.Inventory;

namespace Sync.Infrastructure.State;

/// <summary>The last level written to eCom per SKU, in <c>SyncInventory</c> partition <c>written</c>, as <c>level;reserved</c>.</summary>
public sealed class WrittenLevelStore(TableServiceClient service) : IWrittenLevels
{
    private const string Partition = "written";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Inventory);

    public async Task<WrittenLevel?> GetAsync(string sku, CancellationToken cancellationToken)
    {
        if (await table.GetAsync(Partition, Keys.Escape(sku), cancellationToken) is not { } row)
        {
            return null;
        }

        var parts = row.Json.Split(';');
        return new WrittenLevel(StockText.Parse(parts[0]), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public Task SetAsync(string sku, WrittenLevel level, CancellationToken cancellationToken)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{StockText.Format(level.Level)};{level.ReservedAtWrite}");
        return table.UpsertAsync(new JsonDocumentEntity { PartitionKey = Partition, RowKey = Keys.Escape(sku), Json = text }, cancellationToken);
    }
}
