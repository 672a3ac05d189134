using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sync.Simulators.Shared;

namespace Sync.Simulators.Ecwid;

/// <summary>Orders: placing one lowers the store's own stock at once and emits <c>order.created</c> (no <c>product.updated</c>).</summary>
public sealed partial class EcwidSimulator
{
    private readonly SortedDictionary<long, SimEcwidOrder> orders = [];
    private readonly List<SimEcwidCustomer> customers = [];
    private long nextOrderNumber = 1000;

    public SimEcwidOrder PlaceOrder(string email, string name, IReadOnlyList<OrderLine> lines, string paymentStatus = "PAID",
        string fulfillmentType = "SHIPPING", string shippingMethodName = "Courier")
    {
        lock (gate)
        {
            var now = options.Time.GetUtcNow().ToUnixTimeSeconds();
            var items = lines.Select(line =>
            {
                var (product, combination) = FindSkuLocked(line.Sku) ?? throw new KeyNotFoundException(line.Sku);
                TakeStockLocked(product, combination, line.Quantity);
                return new SimEcwidOrderItem(product.Id, combination?.Id, line.Sku, line.Quantity, product.Price, product.Name);
            }).ToList();
            var order = new SimEcwidOrder(++nextOrderNumber, email, name, items.Sum(i => i.Price * i.Quantity), paymentStatus, "Credit card",
                "AWAITING_PROCESSING", shippingMethodName, fulfillmentType, items, now, now);
            orders[order.OrderNumber] = order;
            Emit("order.created", Number(order), new { newPaymentStatus = order.PaymentStatus, newFulfillmentStatus = order.FulfillmentStatus });
            return order;
        }
    }

    public SimEcwidOrder Order(long orderNumber)
    {
        lock (gate)
        {
            return orders[orderNumber];
        }
    }

    public SimEcwidCustomer AddCustomer(string email, string name)
    {
        lock (gate)
        {
            var customer = new SimEcwidCustomer(++nextId, email, name);
            customers.Add(customer);
            return customer;
        }
    }

    /// <summary>Back-dates an order's update time, for <c>updatedFrom</c> tests.</summary>
    public void SetOrderUpdated(long orderNumber, DateTimeOffset updated)
    {
        lock (gate)
        {
            orders[orderNumber] = orders[orderNumber] with { Updated = updated.ToUnixTimeSeconds() };
        }
    }

    private void TakeStockLocked(SimEcwidProduct product, SimEcwidCombination? combination, int quantity)
    {
        if (combination is { Unlimited: false })
        {
            var taken = combination with { Quantity = combination.Quantity - quantity };
            products[product.Id] = product with { Combinations = product.Combinations.Select(c => c.Id == taken.Id ? taken : c).ToList() };
        }
        else if (combination is null && !product.Unlimited)
        {
            products[product.Id] = product with { Quantity = product.Quantity - quantity };
        }
    }

    private void MapOrders(RouteGroupBuilder store)
    {
        store.MapGet("/orders", (HttpRequest r) => Locked(() =>
        {
            var from = long.TryParse(r.Query["updatedFrom"], out var f) ? f : 0;
            return Paged(orders.Values.Where(o => o.Updated >= from), r, OrderJson);
        }));
        store.MapGet("/orders/{orderNumber:long}", (long orderNumber) => Locked(() => orders.TryGetValue(orderNumber, out var o) ? Results.Json(OrderJson(o)) : NotFound()));
        store.MapPut("/orders/{orderNumber:long}", async (long orderNumber, HttpRequest r) =>
        {
            var body = await JsonNode.ParseAsync(r.Body);
            return Locked(() =>
            {
                if (!orders.TryGetValue(orderNumber, out var before))
                {
                    return NotFound();
                }
                var after = before with
                {
                    PaymentStatus = (string?)body?["paymentStatus"] ?? before.PaymentStatus,
                    FulfillmentStatus = (string?)body?["fulfillmentStatus"] ?? before.FulfillmentStatus,
                    Updated = options.Time.GetUtcNow().ToUnixTimeSeconds(),
                };
                orders[orderNumber] = after;
                Emit("order.updated", Number(after), new
                {
                    oldPaymentStatus = before.PaymentStatus, newPaymentStatus = after.PaymentStatus,
                    oldFulfillmentStatus = before.FulfillmentStatus, newFulfillmentStatus = after.FulfillmentStatus,
                });
                return Results.Json(new { updateCount = 1 });
            });
        });
    }

    private void MapCustomers(RouteGroupBuilder store) => store.MapGet("/customers", (HttpRequest r) => Locked(() =>
    {
        var email = r.Query["email"].ToString();
        return Paged(customers.Where(c => email.Length == 0 || c.Email.Equals(email, StringComparison.OrdinalIgnoreCase)), r,
            c => new { id = c.Id, email = c.Email, name = c.Name, billingPerson = new { name = c.Name } });
    }));

    private static string Number(SimEcwidOrder order) => order.OrderNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static object OrderJson(SimEcwidOrder o) => new
    {
        id = Number(o), orderNumber = o.OrderNumber, email = o.Email, billingPerson = new { name = o.Name }, total = o.Total,
        paymentStatus = o.PaymentStatus, paymentMethod = o.PaymentMethod, fulfillmentStatus = o.FulfillmentStatus,
        shippingOption = new { shippingMethodName = o.ShippingMethodName, fulfillmentType = o.FulfillmentType },
        items = o.Items.Select(i => new { productId = i.ProductId, combinationId = i.CombinationId, sku = i.Sku, quantity = i.Quantity, price = i.Price, name = i.Name }),
        createTimestamp = o.Created, updateTimestamp = o.Updated,
    };

    /// <summary>A thin event: the entity id and status changes; the receiver re-reads the entity.</summary>
    private void Emit(string eventType, string entityId, object data)
    {
        if (Webhooks.TargetUrl is not { } target)
        {
            return;
        }
        var eventId = Guid.NewGuid().ToString();
        var created = options.Time.GetUtcNow().ToUnixTimeSeconds();
        var body = JsonSerializer.Serialize(new { eventId, eventType, eventCreated = created, storeId = options.StoreId, entityId, data });
        var separator = string.IsNullOrEmpty(target.Query) ? "?" : "&";
        var url = new Uri($"{target}{separator}eventType={Uri.EscapeDataString(eventType)}");
        var headers = new Dictionary<string, string> { ["X-Ecwid-Webhook-Signature"] = EcwidSignature.Sign(created, eventId, options.ClientSecret) };
        Webhooks.Send(new WebhookMessage(eventType, url, body, "application/json", headers));
    }
}
