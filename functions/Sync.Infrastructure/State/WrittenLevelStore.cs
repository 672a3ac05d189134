using Azure.Data.Tables;
using Sync.Application.Inventory;
using Sync.Rules.Inventory;

namespace Sync.Infrastructure.State;

/// <summary>The last level written to eCom per SKU, in <c>SyncInventory</c> partition <c>written</c>.</summary>
public sealed class WrittenLevelStore(TableServiceClient service) : IWrittenLevels
{
    private const string Partition = "written";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Inventory);

    public async Task<OnlineStock?> GetAsync(string sku, CancellationToken cancellationToken) =>
        await table.GetAsync(Partition, Keys.Escape(sku), cancellationToken) is { } row ? StockText.Parse(row.Json) : null;

    public Task SetAsync(string sku, OnlineStock level, CancellationToken cancellationToken) =>
        table.UpsertAsync(new JsonDocumentEntity { PartitionKey = Partition, RowKey = Keys.Escape(sku), Json = StockText.Format(level) }, cancellationToken);
}
