using System.Text.Json;
using Azure.Data.Tables;
using Sync.Application.Inventory;
using Sync.Rules.Inventory;

namespace Sync.Infrastructure.State;

/// <summary>The last POS levels read per product (all outlets in one row), in <c>SyncInventory</c> partition <c>pos-levels</c>.</summary>
public sealed class PosLevelStore(TableServiceClient service) : IPosLevels
{
    private const string Partition = "pos-levels";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Inventory);

    public async Task<IReadOnlyList<OutletLevel>> GetAsync(string posProductId, CancellationToken cancellationToken) =>
        await table.GetAsync(Partition, Keys.Escape(posProductId), cancellationToken) is { } row
            ? JsonSerializer.Deserialize(row.Json, InventoryStateJson.Default.ListOutletLevel) ?? []
            : [];

    public async Task MergeAsync(string posProductId, IReadOnlyList<OutletLevel> levels, CancellationToken cancellationToken)
    {
        var merged = (await GetAsync(posProductId, cancellationToken))
            .Where(old => levels.All(l => l.OutletId != old.OutletId))
            .Concat(levels)
            .OrderBy(l => l.OutletId, StringComparer.Ordinal)
            .ToList();
        var json = JsonSerializer.Serialize(merged, InventoryStateJson.Default.ListOutletLevel);
        await table.UpsertAsync(new JsonDocumentEntity { PartitionKey = Partition, RowKey = Keys.Escape(posProductId), Json = json }, cancellationToken);
    }
}
