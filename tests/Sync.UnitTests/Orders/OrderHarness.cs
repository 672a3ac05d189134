using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Sync.Application.Audit;
using Sync.Application.Customers;
using Sync.Application.Inventory;
using Sync.Application.Notifications;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;

namespace Sync.UnitTests.Orders;

/// <summary>
/// Order sync over Moq'd ports: a POS with outlets o1..o3 (online register r1 in o1, r2 in o2, r3 in o3),
/// products A and B, and links, leases and sales kept in memory as the real stores keep them.
/// </summary>
internal sealed class OrderHarness
{
    public const string NoTax = "no-tax";

    public OrderHarness()
    {
        Pos.Setup(p => p.GetRegistersAsync(It.IsAny<CancellationToken>())).ReturnsAsync([new Register("r1", "Online", "o1"), new Register("r2", "Harbour", "o2"), new Register("r3", "Warehouse", "o3")]);
        Pos.Setup(p => p.GetOutletsAsync(It.IsAny<CancellationToken>())).ReturnsAsync([new Outlet("o1", "Main"), new Outlet("o2", "Harbour"), new Outlet("o3", "Warehouse")]);
        Pos.Setup(p => p.GetPaymentTypesAsync(It.IsAny<CancellationToken>())).ReturnsAsync([new PaymentType("pt-cash", "Cash", 1), new PaymentType("pt-ecom", "eCom", 7), new PaymentType("pt-stripe", "Stripe", 3)]);
        Pos.Setup(p => p.GetProductBySkuAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string sku, CancellationToken _) => sku is "A" or "B" ? new PosProduct($"p{sku}", sku, sku, true, true, null, 1) : null);
        Pos.Setup(p => p.GetProductInventoryAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string productId, CancellationToken _) => Stock.Where(s => s.Key.ProductId == productId).Select(s => new InventoryLevel(productId, s.Key.OutletId, s.Value, 1)).ToList());
        Pos.Setup(p => p.CreateSaleAsync(It.IsAny<SaleDraft>(), It.IsAny<CancellationToken>())).ReturnsAsync((SaleDraft draft, CancellationToken _) =>
        {
            Sales.Add(draft);
            return new SaleReceipt($"s{Sales.Count}", null, draft.State);
        });
        Pos.Setup(p => p.FindSaleBySourceIdAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string sourceId, DateTimeOffset _, CancellationToken _) => Sales.FindIndex(s => s.SourceId == sourceId) is var i and >= 0
                ? new PosSale($"s{i + 1}", Outlet(Sales[i].RegisterId), Sales[i].RegisterId, "u1", null, null, sourceId, SaleState.Pending, null, [], null, Sales[i].SaleDate, [], [], 1)
                : null);
        Pos.Setup(p => p.GetFulfillmentsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string saleId, CancellationToken _) => [new Fulfillment($"f-{saleId}", saleId, Outlet(Sales[int.Parse(saleId[1..], System.Globalization.CultureInfo.InvariantCulture) - 1].RegisterId), FulfillmentType.Dispatch, FulfillmentState.Open, 1, [])]);
        Pos.Setup(p => p.FindCustomersByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Pos.Setup(p => p.CreateCustomerAsync(It.IsAny<NewCustomer>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((NewCustomer c, CancellationToken _) => new PosCustomer("c-new", c.FirstName, c.LastName, c.Email));

        Links.Setup(l => l.ForOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => Link);
        Links.Setup(l => l.TryClaimAsync(It.IsAny<OrderLink>(), It.IsAny<CancellationToken>())).ReturnsAsync((OrderLink claim, CancellationToken _) =>
        {
            if (Link is not null)
            {
                return false;
            }

            Link = claim;
            return true;
        });
        Links.Setup(l => l.SaveAsync(It.IsAny<OrderLink>(), It.IsAny<CancellationToken>())).Callback((OrderLink saved, CancellationToken _) => Link = saved);

        Leases.Setup(l => l.TryAcquireAsync(It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string order, TimeSpan _, CancellationToken _) => LeaseHeld ? null : new OrderLease(order, "me", Plan));
        Leases.Setup(l => l.TrySavePlanAsync(It.IsAny<OrderLease>(), It.IsAny<IReadOnlyList<SaleDraft>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OrderLease _, IReadOnlyList<SaleDraft> plan, CancellationToken _) =>
            {
                Plan = plan;
                return true;
            });
        Leases.Setup(l => l.RenewAsync(It.IsAny<OrderLease>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => !LeaseLost);
        Leases.Setup(l => l.CompleteAsync(It.IsAny<OrderLease>(), It.IsAny<CancellationToken>())).Callback(() => Plan = null);

        CustomerCache.Setup(c => c.TryClaimAsync(It.IsAny<string>(), It.IsAny<CustomerEntry?>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        SettingsStore.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => new VersionedSettings(Settings, "v1"));
    }

    public Mock<IEcomClient> Ecom { get; } = new();
    public Mock<IXSeriesClient> Pos { get; } = new();
    public Mock<IOrderLinks> Links { get; } = new();
    public Mock<IOrderLeases> Leases { get; } = new();
    public Mock<IReservations> Reservations { get; } = new();
    public Mock<ICustomerCache> CustomerCache { get; } = new();
    public Mock<IAuditLog> Audit { get; } = new();
    public Mock<INotificationStore> Notifications { get; } = new();
    public Mock<INotificationPublisher> Publisher { get; } = new();
    public Mock<ISettingsStore> SettingsStore { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));

    public SyncSettings Settings { get; set; } = new()
    {
        NoTaxId = NoTax,
        OnlineRegisterId = "r1",
        SaleUserId = "u1",
        ConnectedOutletIds = ["o1", "o2", "o3"],
        OutletPriority = ["o1", "o2", "o3"],
        RegisterByOutlet = new Dictionary<string, string> { ["o2"] = "r2", ["o3"] = "r3" },
    };

    /// <summary>(product id, outlet id) → level; every outlet holds 10 of each product unless a test says otherwise.</summary>
    public Dictionary<(string ProductId, string OutletId), decimal> Stock { get; } = new()
    {
        [("pA", "o1")] = 10, [("pA", "o2")] = 10, [("pA", "o3")] = 10,
        [("pB", "o1")] = 10, [("pB", "o2")] = 10, [("pB", "o3")] = 10,
    };

    public List<SaleDraft> Sales { get; } = [];
    public OrderLink? Link { get; set; }
    public IReadOnlyList<SaleDraft>? Plan { get; set; }
    public bool LeaseHeld { get; set; }

    /// <summary>The run's lease is taken over by another run after its plan is saved.</summary>
    public bool LeaseLost { get; set; }

    public IOptions<OrderSyncOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new OrderSyncOptions { PosDomainPrefix = "shop" });

    public static EcomOrder Order(
        string number = "XK45J", string paymentStatus = "PAID", string? method = "Stripe", string? email = "jane@example.com", string? name = "Jane Doe",
        string? shippingMethod = "Courier", string? fulfillmentType = "SHIPPING", params (string Sku, int Quantity, decimal Price)[] lines) =>
        new(number, email, name, (lines.Length == 0 ? [("A", 1, 10m)] : lines).Sum(l => l.Quantity * l.Price), paymentStatus, method, null,
            "AWAITING_PROCESSING", shippingMethod, fulfillmentType, false, false,
            (lines.Length == 0 ? [("A", 1, 10m)] : lines).Select((l, i) => new EcomOrderItem(i, null, l.Sku, l.Quantity, l.Price, l.Sku)).ToList(),
            new DateTimeOffset(2026, 11, 1, 11, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 11, 0, 0, TimeSpan.Zero));

    public void Serves(EcomOrder order) =>
        Ecom.Setup(e => e.GetOrderAsync(order.Id, It.IsAny<CancellationToken>())).ReturnsAsync(order);

    public PosDirectory Directory() => new(Pos.Object, Caches.New());

    public CustomerResolver Customers() =>
        new(Pos.Object, CustomerCache.Object, Audit.Object, Microsoft.Extensions.Options.Options.Create(new CustomerClaimOptions()), Clock,
            NullLogger<CustomerResolver>.Instance);

    public OrderNotifier Notifier() => new(Pos.Object, Notifications.Object, Publisher.Object, Options, Clock);

    public OrderSync Sync()
    {
        var directory = Directory();
        return new OrderSync(
            Ecom.Object, Pos.Object, Links.Object, Leases.Object, Reservations.Object, Customers(),
            new SalePlanner(Pos.Object, directory, new PaymentTypeMapping(directory, Options)),
            new SaleRecorder(Pos.Object, directory, Audit.Object, Clock),
            Notifier(),
            new RuntimeSettings(SettingsStore.Object, Mock.Of<IOptionsMonitor<SyncSettings>>(), Caches.New()),
            Options, Clock, NullLogger<OrderSync>.Instance);
    }

    public Task SyncAsync(EcomOrder order)
    {
        Serves(order);
        return Sync().SyncAsync(order.Id, new SyncCause("ecom-evt", "corr"), CancellationToken.None);
    }

    private static string Outlet(string registerId) => "o" + registerId[1..];
}
