using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Orders;
using Sync.Application.Status;
using Sync.DevHost;
using Sync.IntegrationTests.EndToEnd;
using Sync.Simulators.Ecwid;
using Sync.Simulators.XSeries;

namespace Sync.IntegrationTests.Status;

/// <summary>
/// The dev host with both simulators (demo store), shared by a test class. Linked orders are made by the order
/// sync itself: an eCom order placed in the simulator, its POS sale with its fulfillment, the link.
/// Rate limits are off on both sides (simulators and clients): their handling is tested with the clients; these tests count calls.
/// </summary>
public sealed class StatusStage : IAsyncLifetime
{
    private RunningDevHost host = null!;

    public DemoStores Stores { get; private set; } = null!;

    public IOrderStatusStore State => host.Services.GetRequiredService<IOrderStatusStore>();

    public async Task InitializeAsync()
    {
        host = await RunningDevHost.StartAsync(["--DevHost:Simulators=start", "--XSeries:RateLimit:RequestsPer5Minutes=100000", "--Ecom:RateLimit:RequestsPerMinute=100000"]);
        Stores = host.Services.GetRequiredService<DemoStores>();
        Stores.Pos.RateLimit.Disable();
        Stores.Ecom.RateLimit.Disable();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>Places an eCom order and waits until the order sync has recorded its POS sale and link.</summary>
    public async Task<LinkedOrder> PlaceLinkedOrderAsync(string kind, bool paid = false)
    {
        const string sku = "TEE-M";
        var order = Stores.Ecom.PlaceOrder("status@example.com", "Status Test", [new OrderLine(sku, 1)], paid ? "PAID" : "AWAITING_PAYMENT", kind);
        var number = order.Id;
        var links = host.Services.GetRequiredService<IOrderLinks>();
        OrderLink? link = null;
        await Eventually.HoldsAsync(
            async () => (link = await links.ForOrderAsync(number, CancellationToken.None)) is { Complete: true },
            $"the order sync records order {number} in POS");
        var saleId = link!.Sales[0].SaleId;
        var product = Stores.Catalogue.Products.Single(p => p.Sku == sku);
        return new LinkedOrder(order.Id, saleId, Stores.Pos.Fulfillments.Single(f => f.SaleId == saleId).Id, product.Id);
    }

    /// <summary>Every webhook sent so far is delivered and applied: both simulators flushed, the orders and status queues empty.</summary>
    public async Task IdleAsync()
    {
        var quiet = 0;
        await Eventually.HoldsAsync(async () =>
        {
            await Stores.Pos.Webhooks.FlushAsync();
            await Stores.Ecom.Webhooks.FlushAsync();
            var queued = await host.QueuedAsync(Sync.Application.Events.Queues.Orders) + await host.QueuedAsync(Sync.Application.Events.Queues.Status);
            quiet = queued == 0 ? quiet + 1 : 0;
            return quiet >= 3;
        }, "the webhooks are applied", 60);
    }

    public SimEcwidOrder Order(LinkedOrder order) => Stores.Ecom.Order(order.Id);

    public SimSale Sale(LinkedOrder order) => Stores.Pos.Sales.Single(s => s.Id == order.SaleId);

    public SimFulfillment Fulfillment(LinkedOrder order) => Stores.Pos.Fulfillments.Single(f => f.Id == order.FulfillmentId);

    /// <summary>True once the service has seen the order's state match <paramref name="condition"/>.</summary>
    public async Task<bool> KnownAsync(LinkedOrder order, Func<Sync.Rules.Status.OrderSyncState, bool> condition) =>
        await State.GetAsync(order.Id, CancellationToken.None) is { } stored && condition(stored.State);
}

/// <param name="Id">The eCom order's string id.</param>
public sealed record LinkedOrder(string Id, string SaleId, string FulfillmentId, string ProductId);
