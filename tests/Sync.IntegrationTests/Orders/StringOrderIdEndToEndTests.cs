using Microsoft.Extensions.DependencyInjection;
using Sync.DevHost;
using Sync.IntegrationTests.EndToEnd;
using Sync.Simulators.Ecwid;
using Sync.Simulators.XSeries;

namespace Sync.IntegrationTests.Orders;

/// <summary>
/// Ecwid names orders by random string ids (with the merchant's optional prefix and suffix); its webhooks carry the
/// internal number in <c>entityId</c> and the id in <c>data.orderId</c>. Through the dev host and both simulators, with
/// the reconcile timers pushed out of reach, so only webhooks carry the changes. Any request by internal number fails a test.
/// </summary>
public abstract class StringOrderIdEndToEndTests(string prefix, string suffix) : IAsyncLifetime
{
    private const string Never = "0 0 0 1 1 *";
    private RunningDevHost host = null!;
    private DemoStores stores = null!;

    public async Task InitializeAsync()
    {
        host = await RunningDevHost.StartAsync([
            "--DevHost:Simulators=start", $"--DevHost:EcomOrderIdPrefix={prefix}", $"--DevHost:EcomOrderIdSuffix={suffix}",
            $"--RECONCILE_ORDERS_SCHEDULE={Never}", $"--RECONCILE_STATUS_SCHEDULE={Never}", $"--RECONCILE_INVENTORY_SCHEDULE={Never}",
            "--Sync:Settings:CustomerEmails:READY_FOR_PICKUP=false"]);
        stores = host.Services.GetRequiredService<DemoStores>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    [Trait("Rule", "ORD-1")]
    [Trait("Rule", "ST-2")]
    public async Task An_orders_sale_carries_its_string_id_and_an_ecom_status_change_reaches_pos_by_its_webhook()
    {
        var order = stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("TEE-M", 1)], fulfillmentType: "DELIVERY");
        Assert.Matches($"^{prefix}[A-Z0-9]{{5}}{suffix}$", order.Id);

        await Eventually.HoldsAsync(() => Task.FromResult(stores.Pos.Sales.Any(s => s.SourceId == order.Id)), "the order's sale exists", 30);
        var sale = Assert.Single(stores.Pos.Sales, s => s.SourceId == order.Id);
        Assert.Contains($"#{order.Id}", sale.Note);
        var fulfillment = await FulfillmentOfAsync(sale.Id);
        await Eventually.HoldsAsync(async () => await host.Services.GetRequiredService<Sync.Application.Orders.IOrderLinks>()
            .ForOrderAsync(order.Id, CancellationToken.None) is { Complete: true }, "the order's link is complete", 30);

        stores.Ecom.ChangeStatusInAdmin(order.Id, fulfillmentStatus: "OUT_FOR_DELIVERY");

        await Eventually.HoldsAsync(() => Task.FromResult(stores.Pos.Fulfillments.Single(f => f.Id == fulfillment.Id).State == "FULFILLED"),
            "the order.updated webhook completes the POS fulfillment (ST-2)", 30);
        Assert.Empty(stores.Ecom.InternalNumberRequests);
    }

    [Fact]
    [Trait("Rule", "ORD-8")]
    public async Task A_split_orders_parts_are_its_string_id_dash_1_and_dash_2()
    {
        var tee = stores.Catalogue.Products.Single(p => p.Sku == "TEE-L").Id;
        var most = stores.Catalogue.Outlets.Max(o => stores.Pos.StockOf(tee, o.Id));

        var order = stores.Ecom.PlaceOrder("split@example.com", "Split", [new OrderLine("TEE-L", (int)most + 1)]);

        await Eventually.HoldsAsync(() => Task.FromResult(stores.Pos.Sales.Count(s => s.SourceId?.StartsWith(order.Id, StringComparison.Ordinal) == true) == 2),
            "both parts are recorded", 30);
        Assert.Equal([$"{order.Id}-1", $"{order.Id}-2"], stores.Pos.Sales.Select(s => s.SourceId).Where(s => s?.StartsWith(order.Id, StringComparison.Ordinal) == true).Order());
        Assert.Empty(stores.Ecom.InternalNumberRequests);
    }

    [Fact]
    [Trait("Rule", "ST-10")]
    public async Task ST10_a_status_written_without_its_email_leaves_the_order_emailing_the_merchants_later_changes()
    {
        var order = stores.Ecom.PlaceOrder("pickup@example.com", "Pick Up", [new OrderLine("MUG-S", 1)], paymentStatus: "AWAITING_PAYMENT", fulfillmentType: "PICKUP");
        await Eventually.HoldsAsync(() => Task.FromResult(stores.Pos.Sales.Any(s => s.SourceId == order.Id)), "the order's sale exists", 30);
        var fulfillment = await FulfillmentOfAsync(stores.Pos.Sales.Single(s => s.SourceId == order.Id).Id);
        await Eventually.HoldsAsync(async () => await host.Services.GetRequiredService<Sync.Application.Orders.IOrderLinks>()
            .ForOrderAsync(order.Id, CancellationToken.None) is { Complete: true }, "the order's link is complete", 30);

        stores.Pos.MoveFulfillmentInStore(fulfillment.Id, "pack");
        await Eventually.HoldsAsync(() => Task.FromResult(stores.Ecom.Order(order.Id) is { FulfillmentStatus: "READY_FOR_PICKUP", NotificationsDisabled: false }),
            "eCom shows Ready for pickup, with the order's notifications as the merchant had them", 30);
        stores.Ecom.ChangeStatusInAdmin(order.Id, paymentStatus: "PAID");

        var emails = stores.Ecom.CustomerEmails.Where(e => e.OrderId == order.Id).Select(e => e.Status).ToList();
        Assert.DoesNotContain("READY_FOR_PICKUP", emails);
        Assert.Contains("PAID", emails);
    }

    private async Task<SimFulfillment> FulfillmentOfAsync(string saleId)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(stores.Pos.Fulfillments.Any(f => f.SaleId == saleId)), "the sale's fulfillment exists", 30);
        return stores.Pos.Fulfillments.Single(f => f.SaleId == saleId);
    }
}

public sealed class StringOrderIdsWithoutAffixes() : StringOrderIdEndToEndTests("", "");

public sealed class StringOrderIdsWithPrefixAndSuffix() : StringOrderIdEndToEndTests("SHOP-", "-EU");
