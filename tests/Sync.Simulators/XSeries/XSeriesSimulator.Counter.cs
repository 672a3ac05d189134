using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sync.Simulators.XSeries;

/// <summary>
/// What staff do in POS to an online sale (scanner app, counter): move a fulfillment, take a payment, void, take a
/// return. Each fires <c>sale.update</c>, as a change to the sale does (the 2.0 fulfillment API itself fires nothing).
/// Decision: a return adds a line with the negative quantity to the sale, and returns its stock.
/// </summary>
public sealed partial class XSeriesSimulator
{
    /// <summary><paramref name="action"/> is <c>pick</c> or <c>pack</c> (every line's whole quantity), or <c>fulfill</c> (what remains).</summary>
    public SimFulfillment MoveFulfillmentInStore(string fulfillmentId, string action)
    {
        lock (gate)
        {
            var fulfillment = fulfillments[fulfillmentId];
            var wasClosed = sales[fulfillment.SaleId].State == "closed";
            var lines = new JsonArray(fulfillment.Lines.Select(l => (JsonNode)new JsonObject
            {
                ["sale_line_item_id"] = l.SaleLineItemId,
                ["quantity"] = (action == "fulfill" ? l.Quantity - l.Fulfilled : l.Quantity).ToString(CultureInfo.InvariantCulture),
            }).ToArray());
            Advance(fulfillmentId, action, new JsonObject { ["version"] = fulfillment.Version, ["line_items"] = lines });
            var moved = fulfillments[fulfillmentId];
            // Closing the sale fired sale.update already.
            if (wasClosed || sales[moved.SaleId].State != "closed")
            {
                EmitSaleTouched(sales[moved.SaleId]);
            }

            return moved;
        }
    }

    /// <summary>Marks a fulfillment In progress, as the scanner app does when picking starts.</summary>
    public SimFulfillment StartFulfillmentInStore(string fulfillmentId)
    {
        lock (gate)
        {
            var started = fulfillments[fulfillmentId] with { State = "STARTED", Version = NextVersion() };
            fulfillments[fulfillmentId] = started;
            EmitSaleTouched(sales[started.SaleId]);
            return started;
        }
    }

    public SimSale TakePaymentAtCounter(string saleId, string paymentTypeId, decimal amount)
    {
        lock (gate)
        {
            var sale = sales[saleId];
            var payment = new SimPayment(NewId(), paymentTypeId, amount, options.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            return SaveSaleLocked(sale, sale with { Payments = [.. sale.Payments, payment] });
        }
    }

    public SimSale VoidAtCounter(string saleId)
    {
        lock (gate)
        {
            var sale = sales[saleId];
            return SaveSaleLocked(sale, sale with { State = "voided", Payments = [] });
        }
    }

    public SimSale ReturnAtCounter(string saleId, string productId, decimal quantity)
    {
        lock (gate)
        {
            var sale = sales[saleId];
            var line = sale.Lines.First(l => l.ProductId == productId);
            return SaveSaleLocked(sale, sale with { Lines = [.. sale.Lines, line with { Id = NewId(), Quantity = -quantity, FulfillmentType = null }] });
        }
    }

    // The sale's own fields did not change, so its payload carries a new version: a webhook with the same body as
    // an earlier one would be taken for a redelivery of it.
    private void EmitSaleTouched(SimSale sale)
    {
        var payload = JsonSerializer.SerializeToNode(RegisterSaleJson(sale))!.AsObject();
        payload["version"] = NextVersion();
        Emit("sale.update", payload);
    }
}
