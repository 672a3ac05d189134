using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.XSeries;

/// <summary>
/// Customers and the 2.0 search, which (like the vendor's) matches emails loosely and ignores unknown filters. Whether search
/// includes deleted profiles unless asked (<c>deleted</c>) is unsure: the simulator includes them, the harder case.
/// </summary>
public sealed partial class XSeriesSimulator
{
    private void MapCustomers(WebApplication web)
    {
        web.MapPost("/api/2.0/customers", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            var (first, last) = ((string?)body?["first_name"], (string?)body?["last_name"]);
            if (string.IsNullOrEmpty(first) || string.IsNullOrEmpty(last))
            {
                return BadRequest("first_name and last_name are required");
            }
            var customer = AddCustomer(first, last, (string?)body?["email"]);
            return Results.Json(new { data = CustomerJson(customer) }, statusCode: StatusCodes.Status201Created);
        });
        web.MapGet("/api/2.0/search", (HttpRequest r) => Locked(() => Search(r)));
    }

    private IResult Search(HttpRequest r)
    {
        var offset = int.TryParse(r.Query["offset"], out var o) ? o : 0;
        var size = int.TryParse(r.Query["page_size"], out var s) ? Math.Clamp(s, 1, 1000) : 100;
        IEnumerable<object> found = r.Query["type"].ToString() switch
        {
            "customers" => customers.Values
                .Where(c => (c.DeletedAt is null || r.Query["deleted"] != "false") && Loosely(c.Email, r.Query["email"]) && Loosely(c.FirstName, r.Query["first_name"]) && Loosely(c.LastName, r.Query["last_name"]))
                .OrderBy(c => c.Version).Select(CustomerJson),
            "sales" => sales.Values
                .Where(x => Within(x.SaleDate, r.Query["date_from"], r.Query["date_to"]) && Exactly(x.OutletId, r.Query["outlet_id"])
                    && Exactly(x.CustomerId, r.Query["customer_id"]) && Exactly(x.InvoiceNumber, r.Query["invoice_number"]) && Exactly(x.State, r.Query["state"]))
                .OrderBy(x => x.Version).Select(SaleJson),
            _ => [],
        };
        return Results.Json(new { data = found.Skip(offset).Take(size).ToList() });
    }

    private static bool Loosely(string? value, string? filter) =>
        string.IsNullOrEmpty(filter) || (value ?? "").Contains(filter.Split('@')[0], StringComparison.OrdinalIgnoreCase);

    private static bool Exactly(string? value, string? filter) => string.IsNullOrEmpty(filter) || value == filter;

    private static bool Within(DateTimeOffset date, string? from, string? to) =>
        (!DateTimeOffset.TryParse(from, out var f) || date >= f) && (!DateTimeOffset.TryParse(to, out var t) || date <= t);

    private static object CustomerJson(SimCustomer c) => new
    {
        id = c.Id, first_name = c.FirstName, last_name = c.LastName, name = $"{c.FirstName} {c.LastName}", email = c.Email,
        created_at = Rfc3339(c.CreatedAt), updated_at = Rfc3339(c.DeletedAt ?? c.CreatedAt), deleted_at = c.DeletedAt is { } d ? Rfc3339(d) : null,
        version = c.Version,
    };

    private static string Rfc3339(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
