using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sync.Simulators.Shared;

namespace Sync.Simulators.XSeries;

/// <summary>
/// Webhook registrations (2.0 beta) and emission: a form post with <c>payload</c> (the 1.0 entity JSON),
/// <c>domain_prefix</c>, <c>environment</c> and <c>type</c>, signed with the client secret.
/// </summary>
public sealed partial class XSeriesSimulator
{
    private readonly List<SimWebhook> webhooks = [];

    public SimWebhook RegisterWebhook(string type, Uri url)
    {
        lock (gate)
        {
            var hook = new SimWebhook(NewId(), type, url.ToString(), true);
            webhooks.Add(hook);
            return hook;
        }
    }

    private void MapWebhooks(WebApplication web)
    {
        web.MapGet("/api/2.0/webhooks", () => Locked(() => Results.Json(new { data = webhooks.Select(WebhookJson).ToList() })));
        web.MapDelete("/api/2.0/webhooks/{id}", (string id) => Locked(() => webhooks.RemoveAll(h => h.Id == id) > 0
            ? Results.Ok()
            : Results.Json(new { error = "Not Found" }, statusCode: StatusCodes.Status404NotFound)));
        web.MapPost("/api/2.0/webhooks", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            var (url, type) = ((string?)body?["url"], (string?)body?["type"]);
            if (url is null || type is null || body?["active"] is null)
            {
                return BadRequest("url, active and type are required");
            }
            return Locked(() => webhooks.Any(h => h.Type == type && h.Url == url)
                ? Results.Json(new { error = "A webhook with this type and URL already exists." }, statusCode: StatusCodes.Status409Conflict)
                : Results.Json(new { data = WebhookJson(RegisterWebhook(type, new Uri(url))) }, statusCode: StatusCodes.Status201Created));
        });
    }

    private object WebhookJson(SimWebhook h) => new { id = h.Id, retailer_id = options.DomainPrefix, active = h.Active, url = h.Url, type = h.Type };

    // 1.0 payloads carried decimals as numbers here; the vendor may send strings ("5.00000"). (unsure)
    private void EmitInventoryUpdate(SimInventory row, SimProduct product) => Emit("inventory.update", new
    {
        id = row.Id, product_id = row.ProductId, outlet_id = row.OutletId, count = row.Level, reorder_point = 0, restock_level = 0,
        attributed_cost = 0, product = ProductJson(product),
    });

    private void EmitSaleUpdate(SimSale sale) => Emit("sale.update", RegisterSaleJson(sale));

    private void Emit(string type, object payload)
    {
        var body = string.Join('&',
            $"payload={Uri.EscapeDataString(JsonSerializer.Serialize(payload))}",
            $"domain_prefix={Uri.EscapeDataString(options.DomainPrefix)}",
            "environment=prod",
            $"type={Uri.EscapeDataString(type)}");
        var headers = new Dictionary<string, string> { ["X-Signature"] = XSeriesSignature.Header(body, options.ClientSecret, options.SignBase64) };
        var targets = webhooks.Where(h => h.Active && h.Type == type).Select(h => new Uri(h.Url)).ToList();
        if (Webhooks.TargetUrl is { } all)
        {
            targets.Add(all);
        }
        foreach (var url in targets.Distinct())
        {
            Webhooks.Send(new WebhookMessage(type, url, body, "application/x-www-form-urlencoded", headers));
        }
    }
}
