using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Sync.Application.Audit;
using Sync.Application.Events;
using Sync.Application.Inventory;
using Sync.Application.Messaging;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;

namespace Sync.UnitTests.Inventory;

/// <summary>
/// The inventory use cases over Moq'd platform ports backed by a small in-memory POS and eCom, and
/// in-memory state stores. Outlets: MAIN (the online register's), HARBOUR (connected), FAR (not connected).
/// </summary>
internal sealed class InventoryWorld
{
    public const string Main = "o-main";
    public const string Harbour = "o-harbour";
    public const string Far = "o-far";
    public const string Tee = "p-tee";
    public const string Mug = "p-mug";
    public const string Card = "p-card";
    public const long TeeProduct = 100;
    public const long TeeCombination = 101;
    public const long MugProduct = 200;
    public const long CardProduct = 300;

    private readonly ConcurrentDictionary<(string Product, string Outlet), (decimal Level, long Version)> stock = new();
    private long version;
    private RegisterOutlets? registerOutlets;

    public InventoryWorld()
    {
        Products[Tee] = new PosProduct(Tee, "TEE-S", "T-Shirt / S", true, true, null, 1);
        Products[Mug] = new PosProduct(Mug, "MUG", "Mug", true, true, null, 2);
        Products[Card] = new PosProduct(Card, "CARD", "Gift card", true, false, null, 3);
        Ecom[(TeeProduct, null)] = (0, false);
        Ecom[(TeeProduct, TeeCombination)] = (0, false);
        Ecom[(MugProduct, null)] = (0, false);
        Ecom[(CardProduct, null)] = (0, true);
        EcomSkus[(TeeProduct, null)] = "TEE";
        EcomSkus[(TeeProduct, TeeCombination)] = "TEE-S";
        EcomSkus[(MugProduct, null)] = "MUG";
        EcomSkus[(CardProduct, null)] = "CARD";
        Links.Add(new CatalogueLink("TEE-S", Tee, TeeProduct, TeeCombination, true));
        Links.Add(new CatalogueLink("MUG", Mug, MugProduct, null, true));
        Links.Add(new CatalogueLink("CARD", Card, CardProduct, null, false));
        // POS keeps a row per outlet for every tracked product (ALL-4 refuses a read without one).
        foreach (var product in Products.Values.Where(p => p.HasInventory))
        {
            foreach (var outlet in new[] { Main, Harbour, Far })
            {
                SetStock(product.Id, outlet, 0);
            }
        }

        SetupPos();
        SetupEcom();
        Audit.Setup(a => a.WriteAsync(It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()))
            .Callback<AuditEntry, CancellationToken>((e, _) => { lock (AuditEntries) { AuditEntries.Add(e); } })
            .Returns(Task.CompletedTask);
        Queue.Setup(q => q.ScheduleAsync(It.IsAny<EventEnvelope>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback<EventEnvelope, DateTimeOffset, CancellationToken>((e, at, _) => { lock (Scheduled) { Scheduled.Add((e, at)); } })
            .Returns(Task.CompletedTask);
        OrderLinks.Setup(l => l.ForOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns<string, CancellationToken>((number, _) => Task.FromResult(RecordedOrders.GetValueOrDefault(number)));
        SettingsStore.Setup(s => s.GetAsync(It.IsAny<CancellationToken>()))
            .Returns(() => Task.FromResult<VersionedSettings?>(new VersionedSettings(Settings, "v1")));
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    public Mock<IXSeriesClient> Pos { get; } = new();
    public Mock<IEcomClient> EcomClient { get; } = new();
    public Mock<IAuditLog> Audit { get; } = new();
    public Mock<IEventQueue> Queue { get; } = new();
    public Mock<IOrderLinks> OrderLinks { get; } = new();
    public Mock<ISettingsStore> SettingsStore { get; } = new();
    public ConcurrentDictionary<string, PosProduct> Products { get; } = new();
    public ConcurrentDictionary<(long Product, long? Combination), (int? Quantity, bool Unlimited)> Ecom { get; } = new();
    public ConcurrentDictionary<(long Product, long? Combination), string> EcomSkus { get; } = new();
    public List<EcomOrder> Orders { get; } = [];
    public ConcurrentDictionary<string, OrderLink> RecordedOrders { get; } = new();
    public List<AuditEntry> AuditEntries { get; } = [];
    public List<(EventEnvelope Envelope, DateTimeOffset NotBefore)> Scheduled { get; } = [];
    public ConcurrentBag<(long Product, long? Combination, EcomStock Stock)> EcomWrites { get; } = [];
    public FakeLinks Links { get; } = new();
    public FakeDirtyMarks Marks { get; } = new();
    public FakeWrittenLevels Written { get; } = new();
    public FakePosLevels PosLevels { get; } = new();
    public FakeCursors Cursors { get; } = new();
    public FakeReservations Reservations { get; } = new();
    public FakeReports Reports { get; } = new();
    public RegisterOutlets RegisterOutlets => registerOutlets ??= new RegisterOutlets(Pos.Object, Caches.New());

    public SyncSettings Settings { get; set; } = new()
    {
        ConnectedOutletIds = [Harbour],
        OnlineRegisterId = "r-online",
        CoalescingWindow = TimeSpan.FromSeconds(5),
    };

    public void SetStock(string productId, string outletId, decimal level) =>
        stock[(productId, outletId)] = (level, Interlocked.Increment(ref version));

    public int? EcomQuantity(long product, long? combination = null) => Ecom[(product, combination)].Quantity;

    public bool EcomUnlimited(long product, long? combination = null) => Ecom[(product, combination)].Unlimited;

    /// <summary>Someone edits eCom directly, or eCom lowers its own stock for an order.</summary>
    public void SetEcom(long product, long? combination, int quantity) => Ecom[(product, combination)] = (quantity, false);

    public EcomOrder PlaceOrder(string number, string sku, int quantity, long product, long? combination)
    {
        var current = Ecom[(product, combination)];
        Ecom[(product, combination)] = (current.Quantity - quantity, false);
        var order = new EcomOrder(number, null, null, 10, "PAID", "Card", null, "AWAITING_PROCESSING", null, "SHIPPING", false, false,
            [new EcomOrderItem(product, combination, sku, quantity, 10, sku)], Clock.GetUtcNow(), Clock.GetUtcNow());
        lock (Orders) { Orders.Add(order); }
        return order;
    }

    public EventEnvelope PosHint(string productId, string key = "xseries-hint") =>
        new(Platform.XSeries, "inventory.update", Concern.Inventory, $"xseries:product:{productId}", key, Clock.GetUtcNow(), "corr", "{}");

    public EventEnvelope EcomProductUpdated(long productId, string key = "ecom-evt") =>
        new(Platform.Ecom, "product.updated", Concern.Inventory, $"ecom:product:{productId}", key, Clock.GetUtcNow(), "corr", "{}");

    public EventEnvelope Flush(string productId) =>
        InventoryFlush.For(productId, PosHint(productId), Clock.GetUtcNow());

    public InventoryEventHandler Handler() => new(new UseCases(new Dictionary<Type, Func<object>>
    {
        [typeof(MarkProductDirty)] = MarkDirty,
        [typeof(FlushProduct)] = FlushProduct,
        [typeof(PutBackEcomEdits)] = PutBack,
    }));

    public MarkProductDirty MarkDirty() => new(Marks, Queue.Object, Runtime(), Clock, NullLogger<MarkProductDirty>.Instance);

    public FlushProduct FlushProduct() => new(
        Marks, Pos.Object, Catalogue(), PosLevels, Levels(), Reservations, Written, Intake(), Writer(), Withheld(), NullLogger<FlushProduct>.Instance);

    public PutBackEcomEdits PutBack() => new(
        EcomClient.Object, Links, Pos.Object, Levels(), Reservations, Written, Intake(), Writer(), Withheld(), NullLogger<PutBackEcomEdits>.Instance);

    public ReconcileInventory Reconcile() => new(
        Intake(), Catalogue(), Pos.Object, PosLevels, Cursors, Levels(), Reservations, Written, Writer(), Withheld(), Reports, Clock, NullLogger<ReconcileInventory>.Instance);

    public int Calls(Mock mock, string method) => mock.Invocations.Count(i => i.Method.Name == method);

    private RuntimeSettings Runtime() =>
        new(SettingsStore.Object, Mock.Of<IOptionsMonitor<SyncSettings>>(m => m.CurrentValue == Settings), Caches.New());

    private CatalogueSync Catalogue() => new(Pos.Object, EcomClient.Object, Links, NullLogger<CatalogueSync>.Instance);

    private OnlineLevels Levels() => new(Runtime(), new OnlineOutlets(RegisterOutlets));

    private UnrecordedOrderIntake Intake() => new(
        EcomClient.Object, OrderLinks.Object, Reservations, Cursors, Clock, NullLogger<UnrecordedOrderIntake>.Instance);

    private WithheldWrites Withheld() => new(Audit.Object, Clock, NullLogger<WithheldWrites>.Instance);

    private EcomStockWriter Writer() => new(EcomClient.Object, Written, Audit.Object, Clock, NullLogger<EcomStockWriter>.Instance);

    private void SetupPos()
    {
        Pos.Setup(p => p.GetRegistersAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Register("r-online", "Online", Main), new Register("r-far", "Far till", Far)]);
        Pos.Setup(p => p.GetProductAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns<string, CancellationToken>((id, _) => Task.FromResult(Products.GetValueOrDefault(id)));
        Pos.Setup(p => p.GetProductsAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .Returns(() => Products.Values.OrderBy(p => p.Version).ToAsyncEnumerable());
        Pos.Setup(p => p.GetProductInventoryAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns<string, CancellationToken>((id, _) => Task.FromResult<IReadOnlyList<InventoryLevel>>(
                stock.Where(s => s.Key.Product == id).Select(s => new InventoryLevel(id, s.Key.Outlet, s.Value.Level, s.Value.Version)).ToList()));
        Pos.Setup(p => p.GetInventoryAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Returns<long, int, CancellationToken>((after, _, _) => stock
                .Where(s => s.Value.Version > after)
                .OrderBy(s => s.Value.Version)
                .Select(s => new InventoryLevel(s.Key.Product, s.Key.Outlet, s.Value.Level, s.Value.Version))
                .ToList()
                .ToAsyncEnumerable());
    }

    private void SetupEcom()
    {
        EcomClient.Setup(e => e.GetProductAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .Returns<long, CancellationToken>((id, _) => Task.FromResult(EcomProductOf(id)));
        EcomClient.Setup(e => e.GetProductsAsync(It.IsAny<CancellationToken>()))
            .Returns(() => Ecom.Keys.Where(k => k.Combination is null).OrderBy(k => k.Product).Select(k => EcomProductOf(k.Product)!).ToAsyncEnumerable());
        EcomClient.Setup(e => e.FindBySkuAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns<string, CancellationToken>((sku, _) => Task.FromResult(EcomSkus.Where(s => s.Value == sku)
                .Select(s => new EcomSkuMatch(s.Key.Product, s.Key.Combination, Ecom[s.Key].Quantity, Ecom[s.Key].Unlimited))
                .FirstOrDefault()));
        EcomClient.Setup(e => e.SetProductStockAsync(It.IsAny<long>(), It.IsAny<EcomStock>(), It.IsAny<CancellationToken>()))
            .Callback<long, EcomStock, CancellationToken>((id, s, _) => Write(id, null, s))
            .ReturnsAsync(true);
        EcomClient.Setup(e => e.SetCombinationStockAsync(It.IsAny<long>(), It.IsAny<long>(), It.IsAny<EcomStock>(), It.IsAny<CancellationToken>()))
            .Callback<long, long, EcomStock, CancellationToken>((id, c, s, _) => Write(id, c, s))
            .ReturnsAsync(true);
        EcomClient.Setup(e => e.GetOrdersUpdatedSinceAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns<DateTimeOffset, CancellationToken>((from, _) =>
            {
                lock (Orders)
                {
                    return Orders.Where(o => o.Updated >= from).ToList().ToAsyncEnumerable();
                }
            });
    }

    private EcomProduct? EcomProductOf(long id) =>
        Ecom.TryGetValue((id, null), out var p) ? new EcomProduct(id, EcomSkus[(id, null)], "product", p.Quantity, p.Unlimited, true, CombinationsOf(id)) : null;

    private List<EcomCombination> CombinationsOf(long id) => Ecom
        .Where(e => e.Key.Product == id && e.Key.Combination is not null)
        .Select(e => new EcomCombination(e.Key.Combination!.Value, id, EcomSkus[e.Key], e.Value.Quantity, e.Value.Unlimited))
        .ToList();

    private void Write(long product, long? combination, EcomStock stock)
    {
        Ecom[(product, combination)] = (stock.Quantity, stock.Unlimited);
        EcomWrites.Add((product, combination, stock));
    }
}
