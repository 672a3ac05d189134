using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.XSeries;

/// <summary>What a person can do to the demo store, as staff would in Retail POS: <c>POST /_sim/stock</c>.</summary>
public sealed partial class XSeriesSimulator
{
    private void MapDemoActions(WebApplication web) =>
        web.MapPost("/_sim/stock", (StockCount count) =>
        {
            SimProduct? product;
            SimOutlet? outlet;
            lock (gate)
            {
                product = products.Values.FirstOrDefault(p => p.Sku == count.Sku);
                outlet = outlets.FirstOrDefault(o => o.Id == count.Outlet || o.Name == count.Outlet);
            }

            if (product is null || outlet is null)
            {
                return Results.NotFound(new { error = "Unknown SKU or outlet (name or id)." });
            }

            SetStock(product.Id, outlet.Id, count.Level);
            return Results.Ok(new { product = product.Id, outlet = outlet.Id, level = count.Level });
        });

    /// <summary>An inventory count: <c>{"sku":"TEE-M","outlet":"Main Street","level":0}</c>.</summary>
    private sealed record StockCount(string Sku, string Outlet, decimal Level);
}
