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

    public async Task<IReadOnlyList<EcomCombination>> GetCombinationsAsync(long productId, CancellationToken cancellationToken)
    {
        var request = Request(HttpMethod.Get, "/products/{id}/combinations", $"/products/{productId}/combinations");
        var combinations = await http.SendAsync(request, Json.IReadOnlyListECombination, cancellationToken);
        return combinations.Select(c => Map(productId, c)).ToList();
    }

    public async Task<EcomCombination?> GetCombinationAsync(long productId, long combinationId, CancellationToken cancellationToken)
    {
        var request = Request(HttpMethod.Get, "/products/{id}/combinations/{combinationId}", $"/products/{productId}/combinations/{combinationId}");
        var combination = await http.SendOrDefaultAsync(request, Json.ECombination, cancellationToken);
        return combination is null ? null : Map(productId, combination);
    }

    // ?sku= also finds the product that holds a combination with that SKU (Ecwid's search docs). (unsure)
    public async Task<EcomSkuMatch?> FindBySkuAsync(string sku, CancellationToken cancellationToken)
    {
        var found = await http.SendAsync(Request(HttpMethod.Get, "/products?sku=", $"/products?sku={Escape(sku)}"), Json.EPageEProduct, cancellationToken);
        foreach (var product in found.Items)
        {
            if (string.Equals(product.Sku, sku, StringComparison.OrdinalIgnoreCase))
            {
                return new EcomSkuMatch(product.Id, null, product.Quantity, product.Unlimited);
            }
            var combination = (await GetCombinationsAsync(product.Id, cancellationToken))
                .FirstOrDefault(c => string.Equals(c.Sku, sku, StringComparison.OrdinalIgnoreCase));
            if (combination is not null)
            {
                return new EcomSkuMatch(product.Id, combination.Id, combination.Quantity, combination.Unlimited);
            }
        }
        return null;
    }

    public Task SetProductStockAsync(long productId, EcomStock stock, CancellationToken cancellationToken) =>
        PutStockAsync("/products/{id}", $"/products/{productId}", stock, cancellationToken);

    public Task SetCombinationStockAsync(long productId, long combinationId, EcomStock stock, CancellationToken cancellationToken) =>
        PutStockAsync("/products/{id}/combinations/{combinationId}", $"/products/{productId}/combinations/{combinationId}", stock, cancellationToken);

    private async Task PutStockAsync(string template, string path, EcomStock stock, CancellationToken cancellationToken)
    {
        var body = JsonContent.Create(new EStockUpdate(stock.Quantity, stock.Unlimited), Json.EStockUpdate);
        await http.SendAsync(Request(HttpMethod.Put, template, path, body), Json.EUpdated, cancellationToken);
    }

    private static EcomProduct Map(EProduct p) => new(p.Id, p.Sku, p.Name, p.Quantity, p.Unlimited, p.InStock);

    private static EcomCombination Map(long productId, ECombination c) => new(c.Id, productId, c.Sku, c.Quantity, c.Unlimited);
}
