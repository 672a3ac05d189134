using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Sync.Application.Audit;
using Sync.Application.Events;
using EventSource = Sync.Application.Events.Platform;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;
using Sync.Application.Status;
using Sync.Rules.Orders;
using Sync.Rules.Status;

namespace Sync.UnitTests.Status;

/// <summary>
/// One linked order (eCom order 1001 ⇄ POS sale s1) on Moq'd platforms that remember what was written, the status
/// handlers wired as the app wires them, and the real status logic.
/// </summary>
internal sealed class StatusHarness
{
    public const string OrderId = "XK45J";
    public const string SaleId = "s1";
    private int events;

    public StatusHarness(string kind = "SHIPPING", params string[] fulfillmentIds)
    {
        Kind = kind;
        Link = new OrderLink(OrderId, kind, [new SaleLink(SaleId, "o1", "r1")], true, Clock.GetUtcNow());
        Order = new EcomOrder(OrderId, "a@example.com", "A", 20m, "AWAITING_PAYMENT", "Credit card", null, "AWAITING_PROCESSING",
            "Courier", kind, false, false, [], Clock.GetUtcNow(), Clock.GetUtcNow());
        Sale = new PosSale(SaleId, "o1", "r1", "u1", null, "ON-1", OrderId, SaleState.Pending, null, [], null, Clock.GetUtcNow(),
            [new SaleLine("l1", "p1", 2, 10m, 0m, "t0")], [], 1);
        var type = kind == "PICKUP" ? FulfillmentType.Pickup : FulfillmentType.Dispatch;
        Fulfillments = (fulfillmentIds.Length == 0 ? ["f1"] : fulfillmentIds)
            .Select(id => new Fulfillment(id, SaleId, "o1", type, FulfillmentState.Open, 1, [new FulfillmentLine("l1", "p1", 2, 0, 0, 0)]))
            .ToList();

        Links.Setup(l => l.ForOrderAsync(OrderId, It.IsAny<CancellationToken>())).ReturnsAsync(() => Link);
        Links.Setup(l => l.OrderForSaleAsync(SaleId, It.IsAny<CancellationToken>())).ReturnsAsync(OrderId);
        Ecom.Setup(e => e.GetOrderAsync(OrderId, It.IsAny<CancellationToken>())).ReturnsAsync(() => Order);
        Ecom.Setup(e => e.UpdateOrderStatusAsync(OrderId, It.IsAny<OrderStatusChange>(), It.IsAny<CancellationToken>()))
            .Callback((string _, OrderStatusChange c, CancellationToken _) => Order = Order with
            {
                PaymentStatus = c.PaymentStatus ?? Order.PaymentStatus,
                FulfillmentStatus = c.FulfillmentStatus ?? Order.FulfillmentStatus,
                CustomerNotificationsDisabled = c.DisableCustomerNotifications ?? Order.CustomerNotificationsDisabled,
            })
            .ReturnsAsync(true);
        Pos.Setup(p => p.GetSaleAsync(SaleId, It.IsAny<CancellationToken>())).ReturnsAsync(() => Sale);
        Pos.Setup(p => p.GetFulfillmentsAsync(SaleId, It.IsAny<CancellationToken>())).ReturnsAsync(() => Fulfillments);
        Pos.Setup(p => p.GetPaymentTypesAsync(It.IsAny<CancellationToken>())).ReturnsAsync([new PaymentType("pt1", "Credit card", 1)]);
        Pos.Setup(p => p.AdvanceFulfillmentAsync(It.IsAny<FulfillmentStep>(), It.IsAny<string>(), It.IsAny<long>(), It.IsAny<IReadOnlyList<FulfillmentQuantity>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((FulfillmentStep step, string id, long version, IReadOnlyList<FulfillmentQuantity> _, CancellationToken _) =>
            {
                var state = step == FulfillmentStep.Pack ? FulfillmentState.Packed : FulfillmentState.Fulfilled;
                SetFulfillment(id, state);
                return FulfillmentOutcome.Advanced(version + 1);
            });
        Pos.Setup(p => p.FulfillSaleAsync(SaleId, It.IsAny<CancellationToken>()))
            .Callback(() => Fulfillments.ToList().ForEach(f => SetFulfillment(f.Id, FulfillmentState.Fulfilled)))
            .Returns(Task.CompletedTask);
        Pos.Setup(p => p.UpdateSaleAsync(SaleId, It.IsAny<SaleDraft>(), It.IsAny<CancellationToken>()))
            .Callback((string _, SaleDraft d, CancellationToken _) => Sale = Sale with
            {
                Payments = d.Payments.Select((p, i) => new SalePayment($"pay{i}", p.PaymentTypeId, p.Amount, p.PaymentDate)).ToList(),
            })
            .ReturnsAsync(new SaleReceipt(SaleId, "ON-1", SaleState.Pending));
        Pos.Setup(p => p.VoidSaleAsync(SaleId, It.IsAny<CancellationToken>()))
            .Callback(() => Sale = Sale with { State = SaleState.Voided, Payments = [] })
            .ReturnsAsync(new SaleReceipt(SaleId, "ON-1", SaleState.Voided));
        Settings.Setup(s => s.CurrentValue).Returns(() => SyncSettings);

        var runtime = new RuntimeSettings(Mock.Of<ISettingsStore>(), Settings.Object, Caches.New());
        var writer = new StatusWriter(
            new EcomStatusWriter(Ecom.Object, runtime), new PosFulfillmentWriter(Pos.Object), new PosSaleWriter(Pos.Object, Clock), Audit.Object, Clock);
        Sync = new OrderStatusSync(Links.Object, Store, Ecom.Object, Pos.Object, writer, Audit.Object, Clock, NullLogger<OrderStatusSync>.Instance);
        EcomHandler = new EcomOrderStatusHandler(Links.Object, new Lazy<OrderStatusSync>(Sync));
        PosHandler = new PosSaleStatusHandler(Links.Object, new Lazy<OrderStatusSync>(Sync), NullLogger<PosSaleStatusHandler>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    public string Kind { get; }
    public OrderLink Link { get; set; }
    public EcomOrder Order { get; set; }
    public PosSale Sale { get; set; }
    public List<Fulfillment> Fulfillments { get; set; }
    public SyncSettings SyncSettings { get; set; } = new();
    public InMemoryStatusStore Store { get; } = new();
    public Mock<IOrderLinks> Links { get; } = new();
    public Mock<IEcomClient> Ecom { get; } = new();
    public Mock<IXSeriesClient> Pos { get; } = new();
    public Mock<IAuditLog> Audit { get; } = new();
    public Mock<IOptionsMonitor<SyncSettings>> Settings { get; } = new();
    public OrderStatusSync Sync { get; }
    public EcomOrderStatusHandler EcomHandler { get; }
    public PosSaleStatusHandler PosHandler { get; }

    /// <summary>The order as the service last knew it: nothing moved yet, and these statuses.</summary>
    public StatusHarness Known(Func<OrderSyncState, OrderSyncState> change)
    {
        var initial = new OrderSyncState(OrderKinds.Parse(Kind), EcomPaymentStatus.AwaitingPayment, EcomFulfillmentStatus.AwaitingProcessing,
            PosSaleState.Pending, PosPaymentState.Unpaid, Fulfillments.ToDictionary(f => f.Id, _ => PosFulfillmentState.Open), LastWritten.Nothing);
        Store.Put(new StoredOrderStatus(OrderId, change(initial), [], null));
        return this;
    }

    public void SetFulfillment(string id, FulfillmentState state) =>
        Fulfillments = Fulfillments.Select(f => f.Id == id ? f with { State = state, Version = f.Version + 1 } : f).ToList();

    public void PayInPos() => Sale = Sale with { Payments = [new SalePayment("pay", "pt1", 20m, Clock.GetUtcNow())] };

    public void ReturnInPos(decimal quantity) => Sale = Sale with { Lines = [.. Sale.Lines, new SaleLine("r1", "p1", -quantity, 10m, 0m, "t0")] };

    public Task EcomUpdatedAsync(string? payment = null, string? fulfillment = null)
    {
        Order = Order with { PaymentStatus = payment ?? Order.PaymentStatus, FulfillmentStatus = fulfillment ?? Order.FulfillmentStatus };
        return EcomHandler.HandleAsync(Envelope(EventSource.Ecom, "order.updated", Concern.Orders, $"ecom:order:{OrderId}"), CancellationToken.None);
    }

    public Task SaleUpdatedAsync(string saleId = SaleId) =>
        PosHandler.HandleAsync(Envelope(EventSource.XSeries, "sale.update", Concern.Status, $"xseries:sale:{saleId}"), CancellationToken.None);

    /// <summary>No POS write of any kind.</summary>
    public void VerifyNoPosWrites()
    {
        Pos.Verify(p => p.AdvanceFulfillmentAsync(It.IsAny<FulfillmentStep>(), It.IsAny<string>(), It.IsAny<long>(), It.IsAny<IReadOnlyList<FulfillmentQuantity>>(), It.IsAny<CancellationToken>()), Times.Never);
        Pos.Verify(p => p.FulfillSaleAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        Pos.Verify(p => p.UpdateSaleAsync(It.IsAny<string>(), It.IsAny<SaleDraft>(), It.IsAny<CancellationToken>()), Times.Never);
        Pos.Verify(p => p.VoidSaleAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    public void VerifyNoEcomWrites() =>
        Ecom.Verify(e => e.UpdateOrderStatusAsync(It.IsAny<string>(), It.IsAny<OrderStatusChange>(), It.IsAny<CancellationToken>()), Times.Never);

    public void VerifyEcomWrite(string? payment, string? fulfillment) =>
        Ecom.Verify(e => e.UpdateOrderStatusAsync(OrderId, It.Is<OrderStatusChange>(c => c.PaymentStatus == payment && c.FulfillmentStatus == fulfillment), It.IsAny<CancellationToken>()), Times.Once);

    public void VerifyAudited(string action, string ruleId) =>
        Audit.Verify(a => a.WriteAsync(It.Is<AuditEntry>(e => e.Action == action && e.RuleId == ruleId), It.IsAny<CancellationToken>()), Times.AtLeastOnce);

    private EventEnvelope Envelope(EventSource source, string type, Concern concern, string entityKey) =>
        new(source, type, concern, entityKey, $"evt-{++events}", Clock.GetUtcNow(), "corr", "{}");
}
