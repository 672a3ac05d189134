using Moq;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Status;

namespace Sync.UnitTests.Status;

/// <summary>ST-12: what the service wrote comes back as a webhook and is applied nowhere.</summary>
public sealed class EchoTests
{
    [Fact, Trait("Rule", "ST-12")]
    public async Task ST12_the_order_updated_caused_by_our_ecom_write_writes_nothing()
    {
        var order = new StatusHarness("PICKUP").Known(s => s);
        order.SetFulfillment("f1", FulfillmentState.Packed);
        await order.SaleUpdatedAsync();

        await order.EcomUpdatedAsync();
        await order.EcomUpdatedAsync();

        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(It.IsAny<string>(), It.IsAny<OrderStatusChange>(), It.IsAny<CancellationToken>()), Times.Once);
        order.VerifyNoPosWrites();
    }

    [Fact, Trait("Rule", "ST-12")]
    public async Task ST12_the_sale_update_caused_by_our_pos_write_writes_nothing()
    {
        var order = new StatusHarness().Known(s => s);
        await order.EcomUpdatedAsync(fulfillment: "SHIPPED");
        order.Sale = order.Sale with { State = SaleState.Closed };

        await order.SaleUpdatedAsync();
        await order.SaleUpdatedAsync();

        order.Pos.Verify(p => p.FulfillSaleAsync(StatusHarness.SaleId, It.IsAny<CancellationToken>()), Times.Once);
        order.VerifyNoEcomWrites();
    }

    [Fact, Trait("Rule", "ST-12")]
    public async Task ST12_writes_are_saved_before_they_are_made()
    {
        var order = new StatusHarness().Known(s => s);
        order.Ecom.Setup(e => e.UpdateOrderStatusAsync(It.IsAny<string>(), It.IsAny<OrderStatusChange>(), It.IsAny<CancellationToken>()))
            .Callback(() => Assert.Contains(order.Store[StatusHarness.OrderId]!.Pending, p => p.RuleId == "ST-6"))
            .ReturnsAsync(true);
        order.PayInPos();

        await order.SaleUpdatedAsync();

        Assert.Empty(order.Store[StatusHarness.OrderId]!.Pending);
    }

    [Fact, Trait("Rule", "ALL-2")]
    public async Task A_write_that_failed_is_made_by_a_delivery_after_its_lease_not_by_a_concurrent_one()
    {
        var order = new StatusHarness().Known(s => s);
        order.Ecom.SetupSequence(e => e.UpdateOrderStatusAsync(It.IsAny<string>(), It.IsAny<OrderStatusChange>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("down"))
            .ReturnsAsync(true);
        order.PayInPos();

        await Assert.ThrowsAsync<HttpRequestException>(() => order.SaleUpdatedAsync());
        await order.SaleUpdatedAsync();
        order.Clock.Advance(OrderStatusSync.PendingLease + TimeSpan.FromSeconds(1));
        await order.SaleUpdatedAsync();

        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId, It.Is<OrderStatusChange>(c => c.PaymentStatus == "PAID"), It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Empty(order.Store[StatusHarness.OrderId]!.Pending);
    }
}
