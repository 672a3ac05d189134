using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using Sync.Application.Inventory;

namespace Sync.Infrastructure.State;

/// <summary>
/// Catalogue links in <c>SyncLinks</c>: the link under its SKU, copied under its POS product and its eCom
/// product (row: the combination) so each side's events find it with one read. Saves are upserts.
/// </summary>
public sealed class CatalogueLinkStore(TableServiceClient service) : ICatalogueLinks
{
    private const string Row = "link";
    private const string SkuPrefix = "sku:";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Links);

    public async Task<CatalogueLink?> ForPosProductAsync(string posProductId, CancellationToken cancellationToken) =>
        await table.GetAsync(PosPartition(posProductId), Row, cancellationToken) is { } row ? Read(row) : null;

    public async Task<IReadOnlyList<CatalogueLink>> ForEcomProductAsync(long ecomProductId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {EcomPartition(ecomProductId)}");
        return await table.QueryAsync(filter, cancellationToken).Select(Read).ToListAsync(cancellationToken);
    }

    public async IAsyncEnumerable<CatalogueLink> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // ';' follows ':', so the range holds exactly the partitions that start with "sku:".
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {SkuPrefix} and PartitionKey lt {"sku;"}");
        await foreach (var row in table.QueryAsync(filter, cancellationToken))
        {
            yield return Read(row);
        }
    }

    public async Task SaveAsync(CatalogueLink link, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(link, InventoryStateJson.Default.CatalogueLink);
        var combination = link.EcomCombinationId?.ToString(CultureInfo.InvariantCulture) ?? "product";
        await table.UpsertAsync(new JsonDocumentEntity { PartitionKey = EcomPartition(link.EcomProductId), RowKey = combination, Json = json }, cancellationToken);
        await table.UpsertAsync(new JsonDocumentEntity { PartitionKey = PosPartition(link.PosProductId), RowKey = Row, Json = json }, cancellationToken);
        await table.UpsertAsync(new JsonDocumentEntity { PartitionKey = SkuPrefix + Keys.Escape(link.Sku), RowKey = Row, Json = json }, cancellationToken);
    }

    private static CatalogueLink Read(JsonDocumentEntity row) =>
        JsonSerializer.Deserialize(row.Json, InventoryStateJson.Default.CatalogueLink)!;

    private static string PosPartition(string posProductId) => $"pos-product:{Keys.Escape(posProductId)}";

    private static string EcomPartition(long ecomProductId) => $"ecom-product:{ecomProductId.ToString(CultureInfo.InvariantCulture)}";
}
