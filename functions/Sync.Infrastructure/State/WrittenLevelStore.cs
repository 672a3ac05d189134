using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Sync.Application.Inventory;

namespace Sync.Infrastructure.State;

/// <summary>
/// The last level written to eCom per SKU, in <c>SyncInventory</c> partition <c>written</c>, as <c>level;reserved</c>.
/// Written by insert-if-absent or an ETag replace of the row the writer read, so a stale flush cannot overwrite a newer one.
/// </summary>
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
        return new WrittenLevel(StockText.Parse(parts[0]), int.Parse(parts[1], CultureInfo.InvariantCulture), row.ETag.ToString());
    }

    public Task<bool> TrySetAsync(string sku, WrittenLevel level, WrittenLevel? seen, CancellationToken cancellationToken)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{StockText.Format(level.Level)};{level.ReservedAtWrite}");
        var row = new JsonDocumentEntity { PartitionKey = Partition, RowKey = Keys.Escape(sku), Json = text };
        if (seen?.Version is not { } version)
        {
            return table.TryInsertAsync(row, cancellationToken);
        }

        row.ETag = new ETag(version);
        return table.TryReplaceAsync(row, cancellationToken);
    }

    public Task ForgetAsync(string sku, CancellationToken cancellationToken) =>
        table.TryDeleteAsync(Partition, Keys.Escape(sku), ETag.All, cancellationToken);
}
