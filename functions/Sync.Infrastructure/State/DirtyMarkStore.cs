using System.Text.Json;
using Azure.Data.Tables;
using Sync.Application.Inventory;

namespace Sync.Infrastructure.State;

/// <summary>INV-8 markers in <c>SyncInventory</c> partition <c>dirty</c>, one row per POS product holding when it was marked.</summary>
public sealed class DirtyMarkStore(TableServiceClient service) : IDirtyMarks
{
    private const string Partition = "dirty";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Inventory);

    public async Task<bool> TryMarkAsync(string posProductId, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var mark = new JsonDocumentEntity
        {
            PartitionKey = Partition,
            RowKey = Keys.Escape(posProductId),
            Json = JsonSerializer.Serialize(now, InventoryStateJson.Default.DateTimeOffset),
        };
        if (await table.TryInsertAsync(mark, cancellationToken))
        {
            return true;
        }

        var existing = await table.GetAsync(mark.PartitionKey, mark.RowKey, cancellationToken);
        if (existing is null)
        {
            return await table.TryInsertAsync(mark, cancellationToken);
        }

        var markedAt = JsonSerializer.Deserialize(existing.Json, InventoryStateJson.Default.DateTimeOffset);
        if (now - markedAt <= staleAfter)
        {
            return false;
        }

        // A stale mark lost its flush: whoever replaces it (ETag) schedules the next one.
        mark.ETag = existing.ETag;
        return await table.TryReplaceAsync(mark, cancellationToken);
    }

    public Task ClearAsync(string posProductId, CancellationToken cancellationToken) =>
        table.DeleteAsync(Partition, Keys.Escape(posProductId), cancellationToken);
}
