using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.XSeries;

/// <summary>JSON views for a person: <c>/_sim/state</c>, <c>/_sim/requests</c>, <c>/_sim/webhooks</c>; and the demo actions.</summary>
public sealed partial class XSeriesSimulator
{
    private void MapAdmin(WebApplication web)
    {
        web.MapGet("/_sim/state", () => Locked(() => Results.Json(new
        {
            outlets, registers, users, paymentTypes, products = products.Values, customers = customers.Values,
            inventory = inventory.Values, sales = sales.Values, fulfillments = fulfillments.Values, webhooks,
        })));
        web.MapGet("/_sim/requests", () => Results.Json(Requests.Entries));
        web.MapGet("/_sim/webhooks", () => Results.Json(Webhooks.Deliveries.Select(d => new { d.Type, d.Url, d.Status, d.Error, d.Dropped })));
        MapDemoActions(web);
    }
}
