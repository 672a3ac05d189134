using Moq;
using Sync.Application.Audit;
using Sync.Application.Events;
using Sync.Application.Inventory;
using Sync.Application.Orders;
using Sync.Application.Platforms.XSeries;

namespace Sync.UnitTests.Orders;

public sealed class OrderSyncTests
{
    private readonly OrderHarness harness = new();

    [Fact]
    [Trait("Rule", "ORD-1")]
    public async Task ORD1_a_placed_order_becomes_one_sale_on_the_online_register_carrying_its_number_in_source_id_and_note()
    {
        await harness.SyncAsync(OrderHarness.Order(lines: [("A", 2, 10m), ("B", 1, 5m)]));

        var sale = Assert.Single(harness.Sales);
        Assert.Equal(("r1", "u1", "XK45J", SaleDraft.OnlineSource), (sale.RegisterId, sale.UserId, sale.SourceId, sale.Source));
        Assert.Contains("#XK45J", sale.Note);
        Assert.Equal([("pA", 2m, 10m), ("pB", 1m, 5m)], sale.Lines.Select(l => (l.ProductId, l.Quantity, l.Price)));
        Assert.All(sale.Lines, l => Assert.Equal((0m, OrderHarness.NoTax), (l.Tax, l.TaxId)));
        Assert.Equivalent(new OrderLink("XK45J", "SHIPPING", [new SaleLink("s1", "o1", "r1")], true, harness.Clock.GetUtcNow()), harness.Link, strict: true);
        harness.Reservations.Verify(r => r.ReserveAsync("XK45J", It.Is<IReadOnlyList<ReservedLine>>(l => l.Count == 2), It.IsAny<CancellationToken>()));
        harness.Reservations.Verify(r => r.ReleaseAsync("XK45J", It.IsAny<CancellationToken>()));
        harness.Audit.Verify(a => a.WriteAsync(It.Is<AuditEntry>(e => e.Action == "pos.sale.created" && e.RuleId == "ORD-1" && e.EventKey == "ecom-evt"), It.IsAny<CancellationToken>()));
    }

    [Theory]
    [Trait("Rule", "ORD-1")]
    [InlineData("INCOMPLETE")]
    [InlineData("CANCELLED")]
    public async Task ORD1_an_order_that_is_not_placed_creates_no_sale_and_claims_nothing(string paymentStatus)
    {
        await harness.SyncAsync(OrderHarness.Order(paymentStatus: paymentStatus));

        Assert.Empty(harness.Sales);
        Assert.Null(harness.Link);
    }

    [Theory]
    [Trait("Rule", "ORD-2")]
    [InlineData("SHIPPING", FulfillmentType.Dispatch, "delivery")]
    [InlineData("DELIVERY", FulfillmentType.Dispatch, "delivery")]
    [InlineData("PICKUP", FulfillmentType.Pickup, "pickup")]
    public async Task ORD2_the_sale_is_pending_so_its_fulfillments_open_as_New_with_the_shipping_option_type(string kind, FulfillmentType type, string attribute)
    {
        await harness.SyncAsync(OrderHarness.Order(fulfillmentType: kind));

        var sale = Assert.Single(harness.Sales);
        Assert.Equal(SaleState.Pending, sale.State);
        Assert.Equal([attribute], sale.Attributes);
        Assert.All(sale.Lines, l => Assert.Equal(type, l.FulfillmentType));
    }

    [Fact]
    [Trait("Rule", "ORD-3")]
    public async Task ORD3_the_orders_handler_reacts_to_eCom_order_events_only_never_to_POS_sales()
    {
        var handler = new OrderEventHandler(harness.Sync());

        await handler.HandleAsync(Envelope("sale.update", "xseries:sale:s9"), CancellationToken.None);
        await handler.HandleAsync(Envelope("order.deleted", "ecom:order:XK45J"), CancellationToken.None);

        Assert.Equal(Concern.Orders, handler.Concern);
        harness.Ecom.VerifyNoOtherCalls();
        harness.Pos.Verify(p => p.CreateSaleAsync(It.IsAny<SaleDraft>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    [Trait("Rule", "ORD-1")]
    public async Task ORD1_an_order_updated_event_syncs_an_order_that_has_no_link_yet()
    {
        harness.Serves(OrderHarness.Order());

        await new OrderEventHandler(harness.Sync()).HandleAsync(Envelope("order.updated", "ecom:order:XK45J"), CancellationToken.None);

        Assert.Single(harness.Sales);
    }

    [Fact]
    [Trait("Rule", "ORD-4")]
    public async Task ORD4_an_order_paid_with_an_integrated_processor_is_paid_in_full_with_the_payment_type_named_for_it()
    {
        await harness.SyncAsync(OrderHarness.Order(method: "Stripe", lines: [("A", 3, 12.5m)]));

        var payment = Assert.Single(Assert.Single(harness.Sales).Payments);
        Assert.Equal(("pt-stripe", 37.5m), (payment.PaymentTypeId, payment.Amount));
    }

    [Fact]
    [Trait("Rule", "ORD-4")]
    public async Task ORD4_a_processor_without_a_POS_payment_type_of_its_name_is_paid_with_the_fallback_type_and_named_in_the_note()
    {
        await harness.SyncAsync(OrderHarness.Order(method: "Acme Pay"));

        var sale = Assert.Single(harness.Sales);
        Assert.Equal("pt-ecom", Assert.Single(sale.Payments).PaymentTypeId);
        Assert.Contains("paid with Acme Pay", sale.Note);
    }

    [Theory]
    [Trait("Rule", "ORD-5")]
    [InlineData("PAID", "Cash on delivery")]
    [InlineData("PAID", "Bank transfer")]
    [InlineData("AWAITING_PAYMENT", "Stripe")]
    public async Task ORD5_an_unintegrated_or_unpaid_order_arrives_unpaid(string status, string method)
    {
        await harness.SyncAsync(OrderHarness.Order(paymentStatus: status, method: method));

        var sale = Assert.Single(harness.Sales);
        Assert.Empty(sale.Payments);
        Assert.Contains("unpaid", sale.Note);
    }

    [Fact]
    [Trait("Rule", "ORD-6")]
    public async Task ORD6_a_shipping_method_tied_to_an_outlet_sends_the_whole_order_to_that_outlets_register()
    {
        harness.Settings = harness.Settings with { ShippingMethodOutlets = new Dictionary<string, string> { ["Pickup at Warehouse"] = "o3" } };

        await harness.SyncAsync(OrderHarness.Order(shippingMethod: "Pickup at Warehouse", fulfillmentType: "PICKUP"));

        Assert.Equal("r3", Assert.Single(harness.Sales).RegisterId);
        Assert.Equal("o3", Assert.Single(harness.Link!.Sales).OutletId);
    }

    [Fact]
    [Trait("Rule", "ORD-7")]
    public async Task ORD7_an_order_goes_whole_to_the_best_ranked_outlet_holding_everything_on_that_outlets_register()
    {
        harness.Stock[("pA", "o1")] = 1;

        await harness.SyncAsync(OrderHarness.Order(lines: [("A", 2, 10m)]));

        Assert.Equal("r2", Assert.Single(harness.Sales).RegisterId);
    }

    [Fact]
    [Trait("Rule", "ORD-8")]
    public async Task ORD8_an_order_no_outlet_holds_is_split_into_numbered_sales_whose_payments_add_up_to_the_total()
    {
        harness.Stock[("pA", "o1")] = 0;
        harness.Stock[("pB", "o2")] = 0;
        harness.Stock[("pB", "o3")] = 0;

        await harness.SyncAsync(OrderHarness.Order(lines: [("A", 1, 10m), ("B", 1, 5.01m)]));

        Assert.Equal(["XK45J-1", "XK45J-2"], harness.Sales.Select(s => s.SourceId));
        Assert.Equal(["r1", "r2"], harness.Sales.Select(s => s.RegisterId).Order());
        Assert.Equal(15.01m, harness.Sales.Sum(s => s.Payments.Sum(p => p.Amount)));
        Assert.All(harness.Sales, s => Assert.Contains("of 2)", s.Note));
        Assert.Equal(2, harness.Link!.Sales.Count);
    }

    [Fact]
    [Trait("Rule", "ORD-9")]
    public async Task ORD9_the_complete_link_records_every_sale_with_its_outlet_so_status_sync_can_find_the_order_from_POS()
    {
        harness.Stock[("pA", "o1")] = 1;
        harness.Stock[("pA", "o2")] = 1;
        harness.Stock[("pA", "o3")] = 0;

        await harness.SyncAsync(OrderHarness.Order(fulfillmentType: "PICKUP", lines: [("A", 2, 10m)]));

        Assert.Equivalent(new OrderLink("XK45J", "PICKUP", [new SaleLink("s1", "o1", "r1"), new SaleLink("s2", "o2", "r2")], true, harness.Clock.GetUtcNow()), harness.Link, strict: true);
    }

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_a_replayed_order_event_creates_no_second_sale()
    {
        var order = OrderHarness.Order();
        await harness.SyncAsync(order);

        await harness.SyncAsync(order);

        Assert.Single(harness.Sales);
        harness.Ecom.Verify(e => e.GetOrderAsync("XK45J", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_a_concurrent_run_for_an_order_another_run_holds_fails_for_retry_and_creates_nothing()
    {
        harness.LeaseHeld = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SyncAsync(OrderHarness.Order()));

        Assert.Empty(harness.Sales);
        Assert.Null(harness.Link);
    }

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_a_run_whose_lease_was_taken_over_before_its_sale_write_writes_no_sale_and_fails_for_retry()
    {
        harness.LeaseLost = true;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SyncAsync(OrderHarness.Order()));

        Assert.Contains("lease was lost", failure.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Sales);
        Assert.False(harness.Link?.Complete ?? false);
    }

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_a_run_that_crashed_after_creating_the_sale_is_resumed_without_a_second_sale()
    {
        var order = OrderHarness.Order();
        harness.Links.Setup(l => l.SaveAsync(It.IsAny<OrderLink>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException("storage down"));
        await Assert.ThrowsAsync<TimeoutException>(() => harness.SyncAsync(order));
        Assert.Single(harness.Sales);
        Assert.False(harness.Link!.Complete);
        harness.Leases.Verify(l => l.ReleaseAsync(It.IsAny<OrderLease>(), It.IsAny<CancellationToken>()));

        harness.Links.Setup(l => l.SaveAsync(It.IsAny<OrderLink>(), It.IsAny<CancellationToken>())).Callback((OrderLink saved, CancellationToken _) => harness.Link = saved);
        await harness.SyncAsync(order);

        Assert.Single(harness.Sales);
        Assert.Equal([new SaleLink("s1", "o1", "r1")], harness.Link.Sales);
        Assert.True(harness.Link.Complete);
    }

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_a_resumed_run_writes_the_stored_plan_not_a_new_allocation_even_if_stock_moved()
    {
        var order = OrderHarness.Order();
        var first = new SaleDraft("r2", "u1", null, order.Created, SaleDraft.OnlineSource, "XK45J-1", SaleState.Pending, ["delivery"], "eCom order #XK45J (part 1 of 2)", [], []);
        var second = first with { RegisterId = "r3", SourceId = "XK45J-2", Note = "eCom order #XK45J (part 2 of 2)" };
        harness.Sales.Add(first); // the crashed run wrote its first sale, which moved stock
        harness.Plan = [first, second];

        await harness.SyncAsync(order);

        Assert.Equal([first, second], harness.Sales);
        harness.Pos.Verify(p => p.FindSaleBySourceIdAsync("XK45J-2", order.Created, It.IsAny<CancellationToken>()));
    }

    [Fact]
    [Trait("Rule", "ALL-5")]
    public async Task ALL5_a_stored_plan_none_of_whose_sales_reached_POS_is_planned_again_with_the_settings_now_in_force()
    {
        var order = OrderHarness.Order();
        harness.Plan = [new SaleDraft("r3", "u-refused", null, order.Created, SaleDraft.OnlineSource, "XK45J", SaleState.Pending, ["delivery"], "eCom order #XK45J", [], [])];

        await harness.SyncAsync(order);

        var sale = Assert.Single(harness.Sales);
        Assert.Equal(harness.Settings.SaleUserId, sale.UserId);
    }

    private static EventEnvelope Envelope(string type, string entityKey) =>
        new(entityKey.StartsWith("ecom", StringComparison.Ordinal) ? Platform.Ecom : Platform.XSeries, type, Concern.Orders, entityKey, "evt-1", DateTimeOffset.UnixEpoch, "corr", "{}");
}
