using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Orders;
using Sync.DevHost;
using Sync.Infrastructure.State;
using Sync.IntegrationTests.EndToEnd;
using Sync.Simulators.Ecwid;
using Sync.Simulators.XSeries;
using Xunit.Abstractions;

namespace Sync.IntegrationTests.Orders;

/// <summary>eCom orders placed in the Ecwid simulator become POS sales in the X-Series simulator, through the dev host.</summary>
public sealed class OrderSyncEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string CreateSale = "POST /api/register_sales";
    private RunningDevHost host = null!;
    private DemoStores stores = null!;

    private XSeriesDemoStore Demo => stores.Catalogue;

    public async Task InitializeAsync()
    {
        host = await RunningDevHost.StartAsync(["--DevHost:Simulators=start"]);
        stores = host.Services.GetRequiredService<DemoStores>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    [Trait("Rule", "ORD-1")]
    [Trait("Rule", "ORD-2")]
    [Trait("Rule", "ORD-4")]
    [Trait("Rule", "ORD-7")]
    [Trait("Rule", "CUS-2")]
    public async Task ORD1_a_paid_order_becomes_one_paid_sale_at_the_first_outlet_holding_it_with_a_new_fulfillment()
    {
        stores.Pos.Requests.Clear();
        stores.Ecom.Requests.Clear();
        var order = stores.Ecom.PlaceOrder("Ada@Example.com ", "A. Lovelace", [new OrderLine("TEE-M", 2)]);

        var sale = await SingleSaleAsync(order);

        Assert.Equal(Demo.OnlineRegisters[0].Id, sale.RegisterId);
        Assert.Equal(Demo.Outlets[0].Id, sale.OutletId);
        Assert.Equal("pending", sale.State);
        Assert.Contains("delivery", sale.Attributes);
        Assert.Contains($"#{order.Id}", sale.Note);
        Assert.Equal(Demo.Customers[0].Id, sale.CustomerId);
        var payment = Assert.Single(sale.Payments);
        Assert.Equal(Demo.PaymentTypes.Single(p => p.Name == "Credit Card").Id, payment.PaymentTypeId);
        Assert.Equal(order.Total, payment.Amount);
        var fulfillment = Assert.Single(stores.Pos.Fulfillments, f => f.SaleId == sale.Id);
        Assert.Equal(("OPEN", "DISPATCH", Demo.Outlets[0].Id), (fulfillment.State, fulfillment.Type, fulfillment.OutletId));
        await Eventually.HoldsAsync(async () => await EcomEventsAppliedAsync() == 1, "the order event is applied");
        ReportCalls("a single-outlet paid order with a known customer (cold caches)");

        stores.Pos.Requests.Clear();
        stores.Ecom.Requests.Clear();
        var again = stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("TEE-S", 1)]);
        await SingleSaleAsync(again);
        await Eventually.HoldsAsync(async () => await EcomEventsAppliedAsync() == 2, "the second order event is applied");
        ReportCalls("a single-outlet paid order with a cached customer (warm caches)");
    }

    [Fact]
    [Trait("Rule", "ORD-5")]
    [Trait("Rule", "CUS-3")]
    public async Task ORD5_an_unpaid_pickup_order_arrives_unpaid_for_a_new_customer()
    {
        stores.Pos.Requests.Clear();
        stores.Ecom.Requests.Clear();
        var order = stores.Ecom.PlaceOrder("grace@example.com", "Grace Hopper", [new OrderLine("MUG-S", 1)], paymentStatus: "AWAITING_PAYMENT", fulfillmentType: "PICKUP");

        var sale = await SingleSaleAsync(order);

        Assert.Empty(sale.Payments);
        Assert.Contains("pickup", sale.Attributes);
        Assert.Equal("PICKUP", Assert.Single(stores.Pos.Fulfillments, f => f.SaleId == sale.Id).Type);
        var customer = Assert.Single(stores.Pos.Customers, c => c.Email == "grace@example.com");
        Assert.Equal(("Grace", "Hopper", customer.Id), (customer.FirstName, customer.LastName, sale.CustomerId));
        await Eventually.HoldsAsync(async () => await EcomEventsAppliedAsync() == 1, "the order event is applied");
        ReportCalls("a single-outlet unpaid order with a new customer");
    }

    [Fact]
    [Trait("Rule", "ORD-8")]
    [Trait("Rule", "NOT-1")]
    [Trait("Rule", "NOT-2")]
    public async Task ORD8_an_order_no_outlet_holds_is_split_into_one_sale_per_outlet_and_each_user_sees_only_their_outlets_notifications()
    {
        var harbourOnly = stores.Pos.AddUser("Harbour Staff", Demo.Outlets[1].Id);
        var tee = Demo.Products.Single(p => p.Sku == "TEE-L").Id;
        var most = Demo.Outlets.Max(o => stores.Pos.StockOf(tee, o.Id));
        stores.Pos.Requests.Clear();
        stores.Ecom.Requests.Clear();
        var order = stores.Ecom.PlaceOrder("split@example.com", "", [new OrderLine("TEE-L", (int)most + 1)]);

        await Eventually.HoldsAsync(async () => await EcomEventsAppliedAsync() == 1, "the order event is applied");
        var sales = stores.Pos.Sales.Where(s => s.SourceId?.StartsWith($"{order.Id}-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, sales.Count);
        Assert.Equal(2, sales.Select(s => s.OutletId).Distinct().Count());
        Assert.Equal(most + 1, sales.Sum(s => s.Lines.Sum(l => l.Quantity)));
        Assert.Equal(order.Total, sales.Sum(s => s.Payments.Sum(p => p.Amount)));
        Assert.All(sales, s => Assert.Equal(Demo.OnlineRegisters.Single(r => r.OutletId == s.OutletId).Id, s.RegisterId));
        Assert.All(sales, s => Assert.Equal("OPEN", Assert.Single(stores.Pos.Fulfillments, f => f.SaleId == s.Id).State));
        ReportCalls("a split order (2 outlets) with a new customer and no name (CUS-4)");

        var all = await NotificationsAsync(Demo.User.Id);
        Assert.Equal(sales.Select(s => s.OutletId).Order(), all.Where(n => n.OrderNumber == $"{order.Id}").Select(n => n.OutletId).Order());
        var visible = await NotificationsAsync(harbourOnly.Id);
        Assert.All(visible, n => Assert.Equal(Demo.Outlets[1].Id, n.OutletId));
        Assert.Equal(sales.Count(s => s.OutletId == Demo.Outlets[1].Id), visible.Count);
    }

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_the_same_order_webhook_delivered_three_times_concurrently_creates_one_sale()
    {
        stores.Ecom.Webhooks.Copies = 3;
        var order = stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("MUG-M", 1)]);
        await stores.Ecom.Webhooks.FlushAsync();

        await SingleSaleAsync(order);
        await Eventually.HoldsAsync(async () => await EcomEventsAppliedAsync() == 1, "the event is recorded as applied");
        Assert.Single(stores.Pos.Sales, s => s.SourceId == $"{order.Id}");
    }

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_a_create_whose_response_is_lost_after_the_sale_was_written_creates_one_sale()
    {
        stores.Pos.Faults.DropResponseAfterWrite(CreateSale);
        var order = stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("MUG-L", 1)]);

        await SingleSaleAsync(order);
        await Eventually.HoldsAsync(async () => await LinkAsync(order) is { Complete: true }, "the link is complete");
        Assert.Single(stores.Pos.Sales, s => s.SourceId == $"{order.Id}");
        Assert.Equal(1, stores.Pos.Requests.Count(CreateSale));
    }

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task ALL1_an_order_whose_webhook_was_lost_is_synced_by_the_orders_reconcile_once()
    {
        stores.Ecom.Webhooks.DropPercent = 100;
        var order = stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("TEE-S", 1)]);
        var reconciliation = host.Services.GetRequiredService<OrdersReconciliation>();

        Assert.Equal(1, await reconciliation.ReconcileAsync(CancellationToken.None));
        Assert.Equal(0, await reconciliation.ReconcileAsync(CancellationToken.None));

        Assert.Single(stores.Pos.Sales, s => s.SourceId == $"{order.Id}");
    }

    private async Task<SimSale> SingleSaleAsync(SimEcwidOrder order)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(stores.Pos.Sales.Any(s => s.SourceId == $"{order.Id}")), "the order's sale exists", 30);
        return Assert.Single(stores.Pos.Sales, s => s.SourceId == $"{order.Id}");
    }

    /// <summary>Applied eCom events only: the POS simulator's own webhooks (stock, sales) are applied too.</summary>
    private Task<int> EcomEventsAppliedAsync() => host.CountAsync(TableNames.Events, "PartitionKey ge 'ecom-' and PartitionKey lt 'ecom.' and Pending eq false");

    private Task<OrderLink?> LinkAsync(SimEcwidOrder order) =>
        host.Services.GetRequiredService<IOrderLinks>().ForOrderAsync($"{order.Id}", CancellationToken.None);

    private async Task<List<(string OrderNumber, string OutletId)>> NotificationsAsync(string userId)
    {
        var json = await host.Http.GetFromJsonAsync<JsonElement>($"/api/ops/notifications?userId={userId}");
        return json.EnumerateArray().Select(n => (n.GetProperty("orderNumber").GetString()!, n.GetProperty("outletId").GetString()!)).ToList();
    }

    private void ReportCalls(string what)
    {
        var pos = stores.Pos.Requests.Entries.GroupBy(e => e.Endpoint).Select(g => $"{g.Key} ×{g.Count()}");
        var ecom = stores.Ecom.Requests.Entries.GroupBy(e => e.Endpoint).Select(g => $"{g.Key} ×{g.Count()}");
        output.WriteLine($"API calls for {what}: POS {stores.Pos.Requests.Entries.Count} [{string.Join(", ", pos)}]; eCom {stores.Ecom.Requests.Entries.Count} [{string.Join(", ", ecom)}]");
    }
}
