using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sync.Simulators.Ecwid;

/// <summary>
/// Products and combinations; <c>?sku=</c> also finds the product holding a combination with that SKU. A product, in a search
/// result or read alone, carries its <c>combinations</c> (the reference's ProductEntry), so a catalogue read needs no call per product.
/// </summary>
public sealed partial class EcwidSimulator
{
    private readonly SortedDictionary<long, SimEcwidProduct> products = [];
    private long nextId = 100_000;

    public SimEcwidProduct AddProduct(string sku, string name, int? quantity, decimal price = 10m)
    {
        lock (gate)
        {
            var product = new SimEcwidProduct(++nextId, sku, name, price, quantity, quantity is null, []);
            products[product.Id] = product;
            return product;
        }
    }

    public SimEcwidCombination AddCombination(long productId, string sku, int? quantity)
    {
        lock (gate)
        {
            var combination = new SimEcwidCombination(++nextId, sku, quantity, quantity is null);
            products[productId] = products[productId] with { Combinations = [.. products[productId].Combinations, combination] };
            return combination;
        }
    }

    public SimEcwidProduct Product(long id)
    {
        lock (gate)
        {
            return products[id];
        }
    }

    /// <summary>The stock a SKU has in the store, null when unlimited.</summary>
    public int? QuantityOf(string sku)
    {
        lock (gate)
        {
            var (product, combination) = FindSkuLocked(sku) ?? throw new KeyNotFoundException(sku);
            return combination is null ? product.Quantity : combination.Quantity;
        }
    }

    private (SimEcwidProduct Product, SimEcwidCombination? Combination)? FindSkuLocked(string sku)
    {
        foreach (var product in products.Values)
        {
            if (product.Sku == sku)
            {
                return (product, null);
            }
            if (product.Combinations.FirstOrDefault(c => c.Sku == sku) is { } combination)
            {
                return (product, combination);
            }
        }
        return null;
    }

    private void MapProducts(RouteGroupBuilder store)
    {
        store.MapGet("/products", (HttpRequest r) => Locked(() =>
        {
            var sku = r.Query["sku"].ToString();
            var found = sku.Length == 0 ? products.Values : products.Values.Where(p => p.Sku == sku || p.Combinations.Any(c => c.Sku == sku));
            return Paged(found, r, ProductJson);
        }));
        store.MapGet("/products/{id:long}", (long id) => Locked(() => products.TryGetValue(id, out var p) ? Results.Json(ProductJson(p)) : NotFound()));
        store.MapGet("/products/{id:long}/combinations", (long id) => Locked(() =>
            products.TryGetValue(id, out var p) ? Results.Json(p.Combinations.Select(CombinationJson).ToList()) : NotFound()));
        store.MapGet("/products/{id:long}/combinations/{combinationId:long}", (long id, long combinationId) => Locked(() =>
            products.TryGetValue(id, out var p) && p.Combinations.FirstOrDefault(c => c.Id == combinationId) is { } c
                ? Results.Json(CombinationJson(c))
                : NotFound()));
        store.MapPut("/products/{id:long}", async (long id, HttpRequest r) =>
        {
            var body = await JsonNode.ParseAsync(r.Body);
            return Locked(() =>
            {
                if (!products.TryGetValue(id, out var p))
                {
                    return NotFound();
                }
                if (TakeNotUpdated(r))
                {
                    return Results.Json(new { updateCount = 0 });
                }

                var (quantity, unlimited) = Stock(body, p.Quantity, p.Unlimited);
                products[id] = p with { Quantity = quantity, Unlimited = unlimited };
                Emit("product.updated", id, new { });
                return Results.Json(new { updateCount = 1 });
            });
        });
        store.MapPut("/products/{id:long}/combinations/{combinationId:long}", async (long id, long combinationId, HttpRequest r) =>
        {
            var body = await JsonNode.ParseAsync(r.Body);
            return Locked(() =>
            {
                if (!products.TryGetValue(id, out var p) || p.Combinations.FirstOrDefault(c => c.Id == combinationId) is not { } c)
                {
                    return NotFound();
                }
                if (TakeNotUpdated(r))
                {
                    return Results.Json(new { updateCount = 0 });
                }

                var (quantity, unlimited) = Stock(body, c.Quantity, c.Unlimited);
                var updated = c with { Quantity = quantity, Unlimited = unlimited };
                products[id] = p with { Combinations = p.Combinations.Select(x => x.Id == combinationId ? updated : x).ToList() };
                Emit("product.updated", id, new { });
                return Results.Json(new { updateCount = 1 });
            });
        });
    }

    private static (int? Quantity, bool Unlimited) Stock(JsonNode? body, int? quantity, bool unlimited)
    {
        var newUnlimited = (bool?)body?["unlimited"] ?? (body?["quantity"] is null ? unlimited : false);
        return (newUnlimited ? null : (int?)body?["quantity"] ?? quantity, newUnlimited);
    }

    private static object ProductJson(SimEcwidProduct p) => new
    {
        id = p.Id, sku = p.Sku, name = p.Name, price = p.Price, quantity = p.Unlimited ? null : p.Quantity, unlimited = p.Unlimited,
        inStock = p.Unlimited || p.Quantity > 0 || p.Combinations.Any(c => c.Unlimited || c.Quantity > 0),
        combinations = p.Combinations.Select(CombinationJson),
    };

    private static object CombinationJson(SimEcwidCombination c) => new { id = c.Id, sku = c.Sku, quantity = c.Unlimited ? null : c.Quantity, unlimited = c.Unlimited };
}
