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
        return page.Data.Where(p => string.Equals(p.Sku, sku, StringComparison.OrdinalIgnoreCase)).Select(Map).FirstOrDefault();
    }

    public async IAsyncEnumerable<PosProduct> GetProductsAsync(long afterVersion, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var product in PageAsync("/api/2.0/products", "/api/2.0/products", afterVersion, DefaultPageSize, Json.XPageXProduct, cancellationToken))
        {
            yield return Map(product);
        }
    }

    public async IAsyncEnumerable<InventoryLevel> GetInventoryAsync(long afterVersion, int pageSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in PageAsync("/api/2.0/inventory", "/api/2.0/inventory", afterVersion, pageSize, Json.XPageXInventory, cancellationToken))
        {
            yield return Map(row);
        }
    }

    public async Task<IReadOnlyList<InventoryLevel>> GetProductInventoryAsync(string productId, CancellationToken cancellationToken)
    {
        var levels = new List<InventoryLevel>();
        var path = $"/api/2.0/products/{Escape(productId)}/inventory";
        await foreach (var row in PageAsync("/api/2.0/products/{id}/inventory", path, 0, DefaultPageSize, Json.XPageXInventory, cancellationToken))
        {
            levels.Add(Map(row));
        }
        return levels;
    }

    private static PosProduct Map(XProduct p) => new(p.Id, p.Sku, p.Name, p.Active, p.HasInventory, p.VariantParentId, p.Version);

    private static InventoryLevel Map(XInventory i) => new(i.ProductId, i.OutletId, i.InventoryLevel ?? 0, i.Version);
}
