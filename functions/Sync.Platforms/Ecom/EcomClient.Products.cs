using System.Net.Http.Json;
using Sync.Application.Platforms.Ecom;
using Sync.Platforms.Ecom.Wire;
using Sync.Platforms.Http;

namespace Sync.Platforms.Ecom;

internal sealed partial class EcomClient
{
    public async Task<EcomProduct?> GetProductAsync(long productId, CancellationToken cancellationToken)
    {
        var product = await http.SendOrDefaultAsync(Request(HttpMethod.Get, "/products/{id}", $"/products/{productId}"), Json.EProduct, cancellationToken);
        return product is null ? null : Map(product);
    }

    public async IAsyncEnumerable<EcomProduct> GetProductsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var product in PageAsync("/products", "/products", Json.EPageEProduct, cancellationToken))
        {
            yield return Map(product);
        }
    }

    private async Task<EcomCombination?> GetCombinationAsync(long productId, long combinationId, CancellationToken cancellationToken)
    {
        var request = Request(HttpMethod.Get, "/products/{id}/combinations/{combinationId}", $"/products/{productId}/combinations/{combinationId}");
        var combination = await http.SendOrDefaultAsync(request, Json.ECombination, cancellationToken);
        return combination is null ? null : Map(productId, combination);
    }

    // ?sku= also finds the product that holds a combination with that SKU, and the result carries its combinations (Ecwid's search docs).
    public async Task<EcomSkuMatch?> FindBySkuAsync(string sku, CancellationToken cancellationToken)
    {
        var found = await http.SendAsync(Request(HttpMethod.Get, "/products?sku=", $"/products?sku={Escape(sku)}"), Json.EPageEProduct, cancellationToken);
        foreach (var product in found.Items.Select(Map))
        {
            if (string.Equals(product.Sku, sku, StringComparison.OrdinalIgnoreCase))
            {
                return new EcomSkuMatch(product.Id, null, product.Quantity, product.Unlimited);
            }
            if (product.Combinations.FirstOrDefault(c => string.Equals(c.Sku, sku, StringComparison.OrdinalIgnoreCase)) is { } combination)
            {
                return new EcomSkuMatch(product.Id, combination.Id, combination.Quantity, combination.Unlimited);
            }
        }
        return null;
    }

    public Task<bool> SetProductStockAsync(long productId, EcomStock stock, CancellationToken cancellationToken) =>
        PutAsync(StockRequest("/products/{id}", $"/products/{productId}", stock),
            async ct => await GetProductAsync(productId, ct) is { } p && Holds(p.Quantity, p.Unlimited, stock), cancellationToken);

    public Task<bool> SetCombinationStockAsync(long productId, long combinationId, EcomStock stock, CancellationToken cancellationToken) =>
        PutAsync(StockRequest("/products/{id}/combinations/{combinationId}", $"/products/{productId}/combinations/{combinationId}", stock),
            async ct => await GetCombinationAsync(productId, combinationId, ct) is { } c && Holds(c.Quantity, c.Unlimited, stock), cancellationToken);

    private HttpRequestMessage StockRequest(string template, string path, EcomStock stock) =>
        Request(HttpMethod.Put, template, path, JsonContent.Create(new EStockUpdate(stock.Quantity, stock.Unlimited), Json.EStockUpdate));

    private static bool Holds(int? quantity, bool unlimited, EcomStock stock) =>
        stock.Unlimited ? unlimited : !unlimited && quantity == stock.Quantity;

    private static EcomProduct Map(EProduct p) =>
        new(p.Id, p.Sku, p.Name, p.Quantity, p.Unlimited, p.InStock, (p.Combinations ?? []).Select(c => Map(p.Id, c)).ToList());

    private static EcomCombination Map(long productId, ECombination c) => new(c.Id, productId, c.Sku, c.Quantity, c.Unlimited);
}
