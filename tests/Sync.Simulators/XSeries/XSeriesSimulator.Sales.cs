using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.XSeries;

/// <summary>
/// Sales. Stock rule chosen here: a sale holds stock while it is pending or closed (so a pending
/// pickup/delivery sale lowers its outlet's stock at once, as a fulfillable sale reserves it), and returns it
/// when voided or parked. An edit moves only the difference.
/// </summary>
public sealed partial class XSeriesSimulator
{
    private readonly Dictionary<string, SimSale> sales = [];

    public IReadOnlyList<SimSale> Sales
    {
        get { lock (gate) { return sales.Values.ToList(); } }
    }

    /// <summary>A sale rung up at the counter of <paramref name="registerId"/>: closed at once, stock lowered, webhooks sent.</summary>
    public SimSale SellAtCounter(string registerId, string userId, string productId, decimal quantity, decimal price)
    {
        lock (gate)
        {
            var outletId = registers.Single(r => r.Id == registerId).OutletId;
            var line = new SimSaleLine(NewId(), productId, quantity, price, 0, NoTaxId, null, false);
            var draft = new SimSale(NewId(), outletId, registerId, userId, null, "", "USER", null, "closed", [], null,
                options.Time.GetUtcNow(), [line], [], 0);
            return SaveSaleLocked(null, draft);
        }
    }

    private void MapSales(WebApplication web)
    {
        web.MapGet("/api/2.0/sales/{id}", (string id) => Locked(() => sales.TryGetValue(id, out var s) ? Results.Json(new { data = SaleJson(s) }) : NotFound()));
        web.MapPost("/api/register_sales", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
            return body is null ? BadRequest("A JSON body is required") : Locked(() => SaveRegisterSale(body));
        });
    }

    private IResult SaveRegisterSale(JsonObject body)
    {
        var id = (string?)body["id"];
        var registerId = (string?)body["register_id"];
        var register = registers.FirstOrDefault(r => r.Id == registerId);
        var state = (string?)body["state"];
        if (register is null || users.All(u => u.Id != (string?)body["user_id"]) || state is not ("parked" or "pending" or "closed" or "voided"))
        {
            return BadRequest("register_id, user_id and a valid state are required");
        }
        if (id is not null && !sales.ContainsKey(id))
        {
            return NotFound();
        }
        if (id is not null && sales[id].State == "voided")
        {
            return BadRequest("A voided sale is final");
        }
        var before = id is null ? null : sales[id];
        var lines = new List<SimSaleLine>();
        foreach (var node in body["register_sale_products"]?.AsArray() ?? [])
        {
            if (node?["price"] is null || node["tax"] is null || node["tax_id"] is null || !products.ContainsKey((string?)node["product_id"] ?? ""))
            {
                return BadRequest("Every line needs a known product_id, price, tax and tax_id");
            }
            // 0.9: a line posted with the id of an existing line updates it; one without an id is created anew, and a line
            // not posted is gone (unsure), so an edit without ids replaces every line and strands its fulfillments.
            var lineId = (string?)node["id"];
            if (lineId is not null && before?.Lines.Any(l => l.Id == lineId) != true)
            {
                return BadRequest($"No line {lineId} on this sale");
            }
            lines.Add(new SimSaleLine(lineId ?? NewId(), (string)node["product_id"]!, Dec(node["quantity"]), Dec(node["price"]),
                Dec(node["tax"]), (string)node["tax_id"]!, (string?)node["fulfillment_type"], (int?)node["price_set"] == 1));
        }
        if (PaymentsOf(body, before, state) is not { } payments)
        {
            return BadRequest("A payment id must name an existing payment of this sale");
        }
        // The documents are silent on paying more than a sale's total. Decision: refuse it, as a register will not take
        // more than is due on an online sale, rather than record an overpaid sale.
        if (payments.Sum(p => p.Amount) > lines.Sum(l => (l.Price + l.Tax) * l.Quantity))
        {
            return BadRequest("The payments exceed the sale total");
        }
        var draft = new SimSale(id ?? NewId(), register.OutletId, register.Id, (string)body["user_id"]!, (string?)body["customer_id"],
            id is null ? "" : sales[id].InvoiceNumber, (string?)body["source"], (string?)body["source_id"], state,
            (body["register_sale_attributes"]?.AsArray() ?? []).Select(a => (string)a!).ToList(), (string?)body["note"],
            DateTimeOffset.TryParse((string?)body["sale_date"], CultureInfo.InvariantCulture, out var date) ? date : options.Time.GetUtcNow(),
            lines, payments, 0);
        var saved = SaveSaleLocked(before, draft);
        return Results.Json(new { register_sale = RegisterSaleJson(saved) });
    }

    /// <summary>
    /// 0.9: a payment posted with its id updates it, one without is created anew; payments not posted stay (so an edit
    /// without ids duplicates them). Voiding removes every payment. Null when an id names no payment of the sale.
    /// </summary>
    private List<SimPayment>? PaymentsOf(JsonObject body, SimSale? before, string state)
    {
        if (state == "voided")
        {
            return [];
        }
        var payments = before?.Payments.ToList() ?? [];
        foreach (var p in body["register_sale_payments"]?.AsArray() ?? [])
        {
            var postedId = (string?)p!["id"];
            var posted = new SimPayment(postedId ?? NewId(), (string)p["retailer_payment_type_id"]!, Dec(p["amount"]), (string?)p["payment_date"] ?? "");
            var index = payments.FindIndex(x => x.Id == postedId);
            if (postedId is not null && index < 0)
            {
                return null;
            }
            if (index >= 0)
            {
                payments[index] = posted;
            }
            else
            {
                payments.Add(posted);
            }
        }
        return payments;
    }

    private SimSale SaveSaleLocked(SimSale? before, SimSale draft)
    {
        var sale = draft with
        {
            InvoiceNumber = before?.InvoiceNumber ?? $"ON-{++invoiceSequence}",
            Version = NextVersion(),
        };
        sales[sale.Id] = sale;
        var taken = before?.StockTaken ?? new Dictionary<string, decimal>();
        foreach (var productId in taken.Keys.Union(sale.StockTaken.Keys))
        {
            var delta = taken.GetValueOrDefault(productId) - sale.StockTaken.GetValueOrDefault(productId);
            if (products[productId].HasInventory)
            {
                AdjustStockLocked(productId, sale.OutletId, delta);
            }
        }
        if (before is null && sale.State == "pending")
        {
            OpenFulfillmentsLocked(sale);
        }
        EmitSaleUpdate(sale);
        return sale;
    }

    private static decimal Dec(JsonNode? node) => node is null ? 0 : decimal.Parse(node.ToString(), CultureInfo.InvariantCulture);

    private static object SaleJson(SimSale s) => new
    {
        id = s.Id, outlet_id = s.OutletId, register_id = s.RegisterId, user_id = s.UserId, customer_id = s.CustomerId,
        invoice_number = s.InvoiceNumber, source = s.Source, source_id = s.SourceId, state = s.State, status = s.Status,
        note = s.Note, sale_date = s.SaleDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        attributes = s.Attributes,
        line_items = s.Lines.Select(l => new { id = l.Id, product_id = l.ProductId, quantity = l.Quantity, price = l.Price, tax = l.Tax, tax_id = l.TaxId, price_set = l.PriceSet, status = "CONFIRMED" }),
        payments = s.Payments.Select(p => new { id = p.Id, retailer_payment_type_id = p.PaymentTypeId, amount = p.Amount, payment_date = p.PaymentDate }),
        version = s.Version,
    };

    /// <summary>The 0.9 / 1.0 register-sale shape, used by the 0.9 answer and by <c>sale.update</c>.</summary>
    private object RegisterSaleJson(SimSale s) => new
    {
        id = s.Id, register_id = s.RegisterId, customer_id = s.CustomerId, user_id = s.UserId, source = s.Source, source_id = s.SourceId,
        sale_date = s.SaleDate.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        status = s.Status, state = s.State, invoice_number = s.InvoiceNumber, note = s.Note,
        register_sale_products = s.Lines.Select(l => new { id = l.Id, product_id = l.ProductId, quantity = l.Quantity, price = l.Price, tax = l.Tax, tax_id = l.TaxId }),
        register_sale_payments = s.Payments.Select(p => new { id = p.Id, retailer_payment_type_id = p.PaymentTypeId, amount = p.Amount, payment_date = p.PaymentDate }),
        user = users.FirstOrDefault(u => u.Id == s.UserId) is { } u ? new { id = u.Id, name = u.Username, display_name = u.DisplayName } : null,
    };
}
