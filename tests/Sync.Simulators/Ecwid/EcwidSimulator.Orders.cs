using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sync.Simulators.Shared;

namespace Sync.Simulators.Ecwid;

/// <summary>
/// Orders as Ecwid has them since its random order ids: a string <c>id</c> (with the merchant's prefix and suffix) that
/// <c>GET/PUT /orders/{id}</c> take, and an internal <c>orderNumber</c> that order webhooks carry in <c>entityId</c>
/// (with the id in <c>data.orderId</c>). Addressing an order by its internal number is answered 404 and recorded.
/// Placing an order lowers the store's own stock at once and emits <c>order.created</c>.
/// </summary>
public sealed partial class EcwidSimulator
{
    private const string OrderIdCharacters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private readonly SortedDictionary<long, SimEcwidOrder> orders = [];
    private readonly Dictionary<string, long> orderNumbers = new(StringComparer.Ordinal);
    private readonly List<SimEcwidCustomer> customers = [];
    private readonly List<SentCustomerEmail> customerEmails = [];
    private readonly ConcurrentQueue<string> internalNumberRequests = new();
    private long nextOrderNumber = 103_878_000;

    /// <summary>Requests that named an order by its internal number: the sync must never make one.</summary>
    public IReadOnlyList<string> InternalNumberRequests => internalNumberRequests.ToArray();

    public IReadOnlyList<SentCustomerEmail> CustomerEmails
    {
        get { lock (gate) { return customerEmails.ToList(); } }
    }

    public SimEcwidOrder PlaceOrder(string email, string name, IReadOnlyList<OrderLine> lines, string paymentStatus = "PAID",
        string? fulfillmentType = "SHIPPING", string shippingMethodName = "Courier", string paymentMethod = "Credit card",
        string? paymentModule = null, bool? isPickup = null)
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
            var order = new SimEcwidOrder(NewOrderIdLocked(), ++nextOrderNumber, email, name, items.Sum(i => i.Price * i.Quantity), paymentStatus,
                paymentMethod, paymentModule, "AWAITING_PROCESSING", shippingMethodName, fulfillmentType, isPickup ?? fulfillmentType == "PICKUP",
                false, items, now, now);
            orders[order.OrderNumber] = order;
            orderNumbers[order.Id] = order.OrderNumber;
            EmitOrder("order.created", order,
                new { orderId = order.Id, newPaymentStatus = order.PaymentStatus, newFulfillmentStatus = order.FulfillmentStatus });
            return order;
        }
    }

    public SimEcwidOrder Order(string orderId)
    {
        lock (gate)
        {
            return orders[orderNumbers[orderId]];
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
    public void SetOrderUpdated(string orderId, DateTimeOffset updated)
    {
        lock (gate)
        {
            var number = orderNumbers[orderId];
            orders[number] = orders[number] with { Updated = updated.ToUnixTimeSeconds() };
        }
    }

    /// <summary>Five random letters and digits (at least one letter, so no id reads as an internal number) inside the merchant's affixes.</summary>
    private string NewOrderIdLocked()
    {
        while (true)
        {
            var core = new string(Enumerable.Range(0, 5).Select(_ => OrderIdCharacters[random.Next(OrderIdCharacters.Length)]).ToArray());
            var id = $"{options.OrderIdPrefix}{core}{options.OrderIdSuffix}";
            if (core.Any(char.IsLetter) && !orderNumbers.ContainsKey(id))
            {
                return id;
            }
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
        store.MapGet("/orders/{orderId}", (string orderId, HttpRequest r) => Locked(() =>
            FindOrderLocked(orderId, r) is { } o ? Results.Json(OrderJson(o)) : NotFound()));
        store.MapPut("/orders/{orderId}", async (string orderId, HttpRequest r) =>
        {
            var body = await JsonNode.ParseAsync(r.Body);
            return Locked(() =>
            {
                if (FindOrderLocked(orderId, r) is not { } before)
                {
                    return NotFound();
                }

                if (TakeNotUpdated(r))
                {
                    return Results.Json(new { updateCount = 0 });
                }

                var after = before with
                {
                    PaymentStatus = (string?)body?["paymentStatus"] ?? before.PaymentStatus,
                    FulfillmentStatus = (string?)body?["fulfillmentStatus"] ?? before.FulfillmentStatus,
                    NotificationsDisabled = (bool?)body?["disableAllCustomerNotifications"] ?? before.NotificationsDisabled,
                };
                ChangeOrderLocked(before, after);
                return Results.Json(new { updateCount = 1 });
            });
        });
    }

    private SimEcwidOrder? FindOrderLocked(string orderId, HttpRequest request)
    {
        if (orderNumbers.TryGetValue(orderId, out var number))
        {
            return orders[number];
        }

        if (long.TryParse(orderId, NumberStyles.None, CultureInfo.InvariantCulture, out var internalNumber) && orders.ContainsKey(internalNumber))
        {
            internalNumberRequests.Enqueue($"{request.Method} {request.Path}");
        }

        return null;
    }

    /// <summary>
    /// Saves the change, emails the customer about each status that moved unless the order's stored flag says not to,
    /// and emits <c>order.updated</c>.
    /// </summary>
    private void ChangeOrderLocked(SimEcwidOrder before, SimEcwidOrder after)
    {
        after = after with { Updated = options.Time.GetUtcNow().ToUnixTimeSeconds() };
        orders[after.OrderNumber] = after;
        if (!after.NotificationsDisabled)
        {
            if (after.PaymentStatus != before.PaymentStatus)
            {
                customerEmails.Add(new SentCustomerEmail(after.Id, after.PaymentStatus));
            }

            if (after.FulfillmentStatus != before.FulfillmentStatus)
            {
                customerEmails.Add(new SentCustomerEmail(after.Id, after.FulfillmentStatus));
            }
        }

        EmitOrder("order.updated", after, new
        {
            orderId = after.Id,
            oldPaymentStatus = before.PaymentStatus, newPaymentStatus = after.PaymentStatus,
            oldFulfillmentStatus = before.FulfillmentStatus, newFulfillmentStatus = after.FulfillmentStatus,
        });
    }

    private void MapCustomers(RouteGroupBuilder store) => store.MapGet("/customers", (HttpRequest r) => Locked(() =>
    {
        var email = r.Query["email"].ToString();
        return Paged(customers.Where(c => email.Length == 0 || c.Email.Equals(email, StringComparison.OrdinalIgnoreCase)), r,
            c => new { id = c.Id, email = c.Email, name = c.Name, billingPerson = new { name = c.Name } });
    }));

    private static object OrderJson(SimEcwidOrder o) => new
    {
        id = o.Id, orderNumber = o.OrderNumber, email = o.Email, billingPerson = new { name = o.Name }, total = o.Total,
        paymentStatus = o.PaymentStatus, paymentMethod = o.PaymentMethod, paymentModule = o.PaymentModule, fulfillmentStatus = o.FulfillmentStatus,
        shippingOption = new { shippingMethodName = o.ShippingMethodName, fulfillmentType = o.FulfillmentType, isPickup = o.IsPickup },
        disableAllCustomerNotifications = o.NotificationsDisabled,
        items = o.Items.Select(i => new { productId = i.ProductId, combinationId = i.CombinationId, sku = i.Sku, quantity = i.Quantity, price = i.Price, name = i.Name }),
        createDate = EcwidDate(o.Created), updateDate = EcwidDate(o.Updated), createTimestamp = o.Created, updateTimestamp = o.Updated,
    };

    private static string EcwidDate(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd HH:mm:ss +0000", CultureInfo.InvariantCulture);

    /// <summary>Order events name the order by its internal number in <c>entityId</c>; <c>data.orderId</c> is its id.</summary>
    private void EmitOrder(string eventType, SimEcwidOrder order, object data) => Emit(eventType, order.OrderNumber, data);

    /// <summary>A thin event: the entity id and status changes; the receiver re-reads the entity.</summary>
    private void Emit(string eventType, long entityId, object data)
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
