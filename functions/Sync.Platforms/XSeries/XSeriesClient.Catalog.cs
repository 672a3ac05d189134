using System.Runtime.CompilerServices;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries;

internal sealed partial class XSeriesClient
{
    public async Task<PosProduct?> GetProductAsync(string productId, CancellationToken cancellationToken)
    {
        var request = ApiEndpoint.Request(HttpMethod.Get, "/api/2.0/products/{id}", $"/api/2.0/products/{Escape(productId)}");
        var product = await http.SendOrDefaultAsync(request, Json.XDataXProduct, cancellationToken);
        return product is null ? null : Map(product.Data);
    }

    public async Task<PosProduct?> GetProductBySkuAsync(string sku, CancellationToken cancellationToken)
    {
        var request = ApiEndpoint.Request(HttpMethod.Get, "/api/2.0/products?sku=", $"/api/2.0/products?sku={Escape(sku)}");
        var page = await http.SendAsync(request, Json.XPageXProduct, cancellationToken);
        return (page.Data ?? []).Where(p => string.Equals(p.Sku, sku, StringComparison.OrdinalIgnoreCase)).Select(Map).FirstOrDefault();
    }

    public async IAsyncEnumerable<PosProduct> GetProductsAsync(long afterVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in PagesAsync("/api/2.0/products", "/api/2.0/products", afterVersion, DefaultPageSize, Json.XPageXProduct, cancellationToken))
        {
            foreach (var product in page.Data!)
            {
                yield return Map(product);
            }
        }
    }

    public async IAsyncEnumerable<InventoryLevel> GetInventoryAsync(long afterVersion, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in PagesAsync("/api/2.0/inventory", "/api/2.0/inventory", afterVersion, pageSize, Json.XPageXInventory, cancellationToken))
        {
            foreach (var row in page.Data!)
            {
                yield return Map(row, page.Version);
            }
        }
    }

    public async Task<IReadOnlyList<InventoryLevel>> GetProductInventoryAsync(string productId, CancellationToken cancellationToken)
    {
        var levels = new List<InventoryLevel>();
        var path = $"/api/2.0/products/{Escape(productId)}/inventory";
        await foreach (var page in PagesAsync("/api/2.0/products/{id}/inventory", path, 0, DefaultPageSize, Json.XPageXInventory, cancellationToken))
        {
            levels.AddRange(page.Data!.Select(row => Map(row, page.Version)));
        }
        return levels;
    }

    // (unsure) has_inventory and active are optional in the schema; absent, they are read as the vendor's defaults (true).
    private static PosProduct Map(XProduct p) =>
        new(p.Id, p.Sku, p.Name, p.Active ?? true, p.HasInventory ?? true, p.VariantParentId, p.Version ?? 0);

    /// <summary>
    /// A row without its level is not a level of 0 (ALL-4): the read fails. A row without a version takes its page's highest, the
    /// cursor the next read continues from; with neither it is 0, so a watermark built from it never moves past unread rows.
    /// </summary>
    private static InventoryLevel Map(XInventory i, XVersionRange? page) => new(
        i.ProductId ?? throw Incomplete("product_id"), i.OutletId ?? throw Incomplete("outlet_id"),
        i.InventoryLevel ?? throw Incomplete("inventory_level"), i.Version ?? page?.Max ?? 0);

    private static IncompleteReadException Incomplete(string field) => new($"An inventory row came without {field}.");
}
