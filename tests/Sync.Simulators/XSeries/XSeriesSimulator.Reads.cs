using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.XSeries;

public sealed partial class XSeriesSimulator
{
    private void MapReads(WebApplication web)
    {
        web.MapGet("/api/2.0/outlets", (HttpRequest r) => Locked(() => Page(outlets, o => o.Version, o => new { id = o.Id, name = o.Name, version = o.Version }, r)));
        web.MapGet("/api/2.0/registers", (HttpRequest r) => Locked(() => Page(registers, x => x.Version, x => new { id = x.Id, name = x.Name, outlet_id = x.OutletId, version = x.Version }, r)));
        web.MapGet("/api/2.0/payment_types", (HttpRequest r) => Locked(() => Page(paymentTypes, p => p.Version, p => new { id = p.Id, name = p.Name, type_id = p.TypeId, version = p.Version }, r)));
        // The user list's schema requires a version even on an empty page.
        web.MapGet("/api/2.0/users", (HttpRequest r) => Locked(() => Page(users, u => u.Version, u => new
        {
            id = u.Id, username = u.Username, display_name = u.DisplayName, account_type = u.AccountType, is_primary_user = false,
            restricted_outlet_ids = u.RestrictedOutletIds, created_at = "2025-01-01T00:00:00+00:00", updated_at = "2025-01-01T00:00:00+00:00",
            version = u.Version,
        }, r, emptyPageVersioned: true)));
        web.MapGet("/api/2.0/products", (HttpRequest r) => Locked(() => r.Query["sku"].ToString() is { Length: > 0 } sku
            ? Results.Json(new { data = products.Values.Where(p => p.Sku == sku).Select(ProductJson) })
            : Page(products.Values, p => p.Version, ProductJson, r)));
        web.MapGet("/api/2.0/products/{id}", (string id) => Locked(() => products.TryGetValue(id, out var p)
            ? Results.Json(new { data = ProductJson(p) })
            : NotFound()));
        web.MapGet("/api/2.0/products/{id}/inventory", (string id, HttpRequest r) => Locked(() => products.ContainsKey(id)
            ? Page(inventory.Values.Where(i => i.ProductId == id), i => i.Version, InventoryJson, r)
            : NotFound()));
        web.MapGet("/api/2.0/inventory", (HttpRequest r) => Locked(() => Page(inventory.Values, i => i.Version, InventoryJson, r)));
    }

    private IResult Locked(Func<IResult> read)
    {
        lock (gate)
        {
            return read();
        }
    }

    /// <summary>2.0 paging: versions above <c>after</c>, ascending; an empty page has no <c>version</c>.</summary>
    private static IResult Page<T>(IEnumerable<T> items, Func<T, long> versionOf, Func<T, object> shape, HttpRequest request, bool emptyPageVersioned = false)
    {
        var after = long.TryParse(request.Query["after"], out var a) ? a : 0;
        var size = int.TryParse(request.Query["page_size"], out var s) ? Math.Clamp(s, 1, 10_000) : 100;
        var page = items.Where(i => versionOf(i) > after).OrderBy(versionOf).Take(size).ToList();
        return page.Count == 0
            ? emptyPageVersioned
                ? Results.Json(new { data = Array.Empty<object>(), version = new { min = after, max = after } })
                : Results.Json(new { data = Array.Empty<object>() })
            : Results.Json(new { data = page.Select(shape).ToList(), version = new { min = versionOf(page[0]), max = versionOf(page[^1]) } });
    }

    private static IResult NotFound() => Results.Json(new { error = "Not Found" }, statusCode: StatusCodes.Status404NotFound);

    private static IResult BadRequest(string error) => Results.Json(new { error }, statusCode: StatusCodes.Status400BadRequest);

    private static object ProductJson(SimProduct p) => new
    {
        id = p.Id, sku = p.Sku, name = p.Name, handle = p.Sku.ToLowerInvariant(), active = p.Active,
        has_inventory = p.HasInventory, variant_parent_id = p.VariantParentId, version = p.Version,
    };

    private static object InventoryJson(SimInventory i) => new
    {
        id = i.Id, product_id = i.ProductId, outlet_id = i.OutletId, inventory_level = i.Level, reorder_point = 0, reorder_amount = 0, version = i.Version,
    };
}
