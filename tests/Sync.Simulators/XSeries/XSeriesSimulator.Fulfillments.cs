using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.XSeries;

/// <summary>
/// 2.0 beta fulfillments: one per fulfillment type (PICKUP, DISPATCH, SERVICE) of a new pending sale; pick/pack/fulfill
/// guarded by version, pick and pack setting the quantity (idempotent), and <c>fulfill {sale_id}</c> completing a whole sale.
/// </summary>
public sealed partial class XSeriesSimulator
{
    private readonly Dictionary<string, SimFulfillment> fulfillments = [];

    public IReadOnlyList<SimFulfillment> Fulfillments
    {
        get { lock (gate) { return fulfillments.Values.ToList(); } }
    }

    private void OpenFulfillmentsLocked(SimSale sale)
    {
        foreach (var group in sale.Lines.Where(l => l.FulfillmentType is not null).GroupBy(l => l.FulfillmentType!))
        {
            var id = (++fulfillmentSequence).ToString(CultureInfo.InvariantCulture);
            fulfillments[id] = new SimFulfillment(id, sale.Id, sale.OutletId, group.Key, "OPEN", NextVersion(),
                group.Select(l => new SimFulfillmentLine(l.Id, l.ProductId, l.Quantity, 0, 0, 0)).ToList());
        }
    }

    private void MapFulfillments(WebApplication web)
    {
        web.MapGet("/api/2.0/fulfillments", (HttpRequest r) => Locked(() =>
        {
            var size = int.TryParse(r.Query["page_size"], out var s) ? s : 10;
            var number = int.TryParse(r.Query["page_number"], out var n) ? n : 1;
            var saleIds = r.Query["sale_id"];
            var page = fulfillments.Values.Where(f => saleIds.Count == 0 || saleIds.Contains(f.SaleId))
                .OrderBy(f => int.Parse(f.Id, CultureInfo.InvariantCulture)).Skip((number - 1) * size).Take(size).Select(FulfillmentJson).ToList();
            return Results.Json(new { data = page });
        }));
        web.MapPost("/api/2.0/fulfillments/fulfill", async (HttpRequest request) =>
        {
            var saleId = (string?)(await JsonNode.ParseAsync(request.Body))?["sale_id"];
            return Locked(() => saleId is null ? BadRequest("sale_id is required") : FulfillSale(saleId));
        });
        foreach (var action in new[] { "pick", "pack", "fulfill" })
        {
            web.MapPost($"/api/2.0/fulfillments/{{id}}/{action}", async (string id, HttpRequest request) =>
            {
                var body = await JsonNode.ParseAsync(request.Body);
                return Locked(() => Advance(id, action, body));
            });
        }
    }

    private IResult Advance(string id, string action, JsonNode? body)
    {
        if (body?["version"] is null || body["line_items"] is not JsonArray lines)
        {
            return BadRequest("version and line_items are required");
        }
        if (!fulfillments.TryGetValue(id, out var fulfillment))
        {
            return NotFound();
        }
        if ((long)body["version"]! != fulfillment.Version)
        {
            return Results.Json(new { error = "The fulfillment has changed since that version" }, statusCode: StatusCodes.Status409Conflict);
        }
        var moved = lines.ToDictionary(l => (string)l!["sale_line_item_id"]!, l => Dec(l!["quantity"]));
        var updatedLines = fulfillment.Lines.Select(l => moved.TryGetValue(l.SaleLineItemId, out var q) ? action switch
        {
            "pick" => l with { Picked = q },
            "pack" => l with { Packed = q, Picked = Math.Max(l.Picked, q) },
            _ => l with { Fulfilled = l.Fulfilled + q },
        } : l).ToList();
        var state = updatedLines.All(l => l.Fulfilled >= l.Quantity) ? "FULFILLED" : action == "pack" ? "PACKED" : action == "pick" ? "PICKED" : fulfillment.State;
        fulfillment = fulfillment with { Lines = updatedLines, State = state, Version = NextVersion() };
        fulfillments[id] = fulfillment;
        CloseSaleWhenFulfilledLocked(fulfillment.SaleId);
        return Results.Json(new { data = new { id = fulfillment.Id, version = fulfillment.Version } });
    }

    /// <summary>Completes every fulfillment of the sale, needing no versions; one already completed stays as it is.</summary>
    private IResult FulfillSale(string saleId)
    {
        if (!sales.ContainsKey(saleId))
        {
            return NotFound();
        }
        var updated = new List<SimFulfillment>();
        foreach (var fulfillment in fulfillments.Values.Where(f => f.SaleId == saleId).ToList())
        {
            var done = fulfillment.State == "FULFILLED" ? fulfillment : fulfillment with
            {
                State = "FULFILLED",
                Version = NextVersion(),
                Lines = fulfillment.Lines.Select(l => l with { Picked = l.Quantity, Packed = l.Quantity, Fulfilled = l.Quantity }).ToList(),
            };
            fulfillments[done.Id] = done;
            updated.Add(done);
        }
        CloseSaleWhenFulfilledLocked(saleId);
        return Results.Json(new { data = updated.Select(f => new { id = f.Id, version = f.Version }) });
    }

    private void CloseSaleWhenFulfilledLocked(string saleId)
    {
        if (sales[saleId] is { State: "pending" } sale && fulfillments.Values.Where(f => f.SaleId == saleId).All(f => f.State == "FULFILLED"))
        {
            SaveSaleLocked(sale, sale with { State = "closed" });
        }
    }

    private static object FulfillmentJson(SimFulfillment f) => new
    {
        id = f.Id, outlet_id = f.OutletId, sale_id = f.SaleId, type = f.Type, state = f.State, user_ids = Array.Empty<string>(), note = "",
        created_at = "2025-01-01T00:00:00Z", updated_at = "2025-01-01T00:00:00Z", version = f.Version,
        line_items = f.Lines.Select(l => new
        {
            sale_line_item_id = l.SaleLineItemId, product_id = l.ProductId, quantity = Str(l.Quantity), picked_quantity = Str(l.Picked),
            packed_quantity = Str(l.Packed), fulfilled_quantity = Str(l.Fulfilled),
        }),
    };

    private static string Str(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
