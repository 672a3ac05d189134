using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries;

internal sealed partial class XSeriesClient
{
    // The 2.0 beta list pages by page_number (10 a page unless asked), not by version.
    private const int FulfillmentPageSize = 100;

    public async Task<IReadOnlyList<Fulfillment>> GetFulfillmentsAsync(string saleId, CancellationToken cancellationToken)
    {
        var fulfillments = new List<Fulfillment>();
        for (var pageNumber = 1; ; pageNumber++)
        {
            var request = ApiEndpoint.Request(HttpMethod.Get, "/api/2.0/fulfillments?sale_id=",
                $"/api/2.0/fulfillments?sale_id={Escape(saleId)}&page_size={FulfillmentPageSize}&page_number={pageNumber}");
            var page = await http.SendAsync(request, Json.XListXFulfillment, cancellationToken);
            fulfillments.AddRange(page.Items.Select(Map));
            if (page.Items.Count < FulfillmentPageSize)
            {
                return fulfillments;
            }
        }
    }

    public async Task<FulfillmentOutcome> AdvanceFulfillmentAsync(
        FulfillmentStep step, string fulfillmentId, long version, IReadOnlyList<FulfillmentQuantity> lines, CancellationToken cancellationToken)
    {
        var action = step.ToString().ToLowerInvariant();
        var body = new XFulfillmentAction(version, lines.Select(l => new XFulfillmentActionLine(l.SaleLineItemId, l.Quantity)).ToList());
        using var request = ApiEndpoint.Request(HttpMethod.Post, $"/api/2.0/fulfillments/{{id}}/{action}",
            $"/api/2.0/fulfillments/{Escape(fulfillmentId)}/{action}", JsonContent.Create(body, Json.XFulfillmentAction));
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return FulfillmentOutcome.StaleVersion;
        }
        response.EnsureSuccessStatusCode();
        var advanced = await HttpJson.ReadAsync(response, Json.XDataXFulfillmentVersion, cancellationToken);
        return FulfillmentOutcome.Advanced(advanced.Data.Version);
    }

    public async Task FulfillSaleAsync(string saleId, CancellationToken cancellationToken)
    {
        using var request = ApiEndpoint.Request(HttpMethod.Post, "/api/2.0/fulfillments/fulfill", "/api/2.0/fulfillments/fulfill",
            JsonContent.Create(new XFulfillSale(saleId), Json.XFulfillSale));
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static Fulfillment Map(XFulfillment f) => new(
        f.Id, f.SaleId, f.OutletId,
        Enum.Parse<FulfillmentType>(f.Type, ignoreCase: true),
        Enum.Parse<FulfillmentState>(f.State, ignoreCase: true),
        f.Version,
        f.LineItems.Select(l => new FulfillmentLine(
            l.SaleLineItemId, l.ProductId, Dec(l.Quantity), Dec(l.PickedQuantity), Dec(l.PackedQuantity), Dec(l.FulfilledQuantity))).ToList());

    private static decimal Dec(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
