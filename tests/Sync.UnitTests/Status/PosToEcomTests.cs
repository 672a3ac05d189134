using Moq;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Status;

namespace Sync.UnitTests.Status;

/// <summary>Every POS → eCom row of the status table, through the <c>sale.update</c> handler.</summary>
public sealed class PosToEcomTests
{
    [Fact, Trait("Rule", "ST-8")]
    public async Task ST8_a_change_in_pos_to_a_locked_order_is_applied_nowhere_and_audited()
    {
        var order = new StatusHarness("PICKUP").Known(s => s with { EcomPayment = EcomPaymentStatus.Cancelled });
        order.Order = order.Order with { PaymentStatus = "CANCELLED" };
        order.SetFulfillment("f1", FulfillmentState.Packed);

        await order.SaleUpdatedAsync();

        order.VerifyNoEcomWrites();
        order.VerifyAudited("status.ignored", "ST-8");
    }

    [Fact, Trait("Rule", "ST-11")]
    public async Task ST11_a_split_order_shows_shipped_only_when_every_part_is_completed()
    {
        var order = new StatusHarness("SHIPPING", "f1", "f2").Known(s => s);
        order.SetFulfillment("f1", FulfillmentState.Fulfilled);

        await order.SaleUpdatedAsync();
        order.VerifyNoEcomWrites();

        order.SetFulfillment("f2", FulfillmentState.Fulfilled);
        await order.SaleUpdatedAsync();
        order.VerifyEcomWrite(null, "SHIPPED");
    }

    [Fact, Trait("Rule", "ST-11")]
    public async Task ST11_a_split_pickup_is_ready_only_when_every_part_is_packed()
    {
        var order = new StatusHarness("PICKUP", "f1", "f2").Known(s => s);
        order.SetFulfillment("f2", FulfillmentState.Packed);

        await order.SaleUpdatedAsync();
        order.VerifyNoEcomWrites();

        order.SetFulfillment("f1", FulfillmentState.Fulfilled);
        await order.SaleUpdatedAsync();
        order.VerifyEcomWrite(null, "READY_FOR_PICKUP");
    }

    [Fact, Trait("Rule", "ST-7")]
    public async Task ST7_in_progress_in_pos_changes_nothing_in_ecom()
    {
        var order = new StatusHarness().Known(s => s);
        order.SetFulfillment("f1", FulfillmentState.Started);

        await order.SaleUpdatedAsync();

        order.VerifyNoEcomWrites();
        Assert.Equal(PosFulfillmentState.Started, order.Store[StatusHarness.OrderId]!.State.PosFulfillments["f1"]);
    }

    [Fact, Trait("Rule", "ST-1")]
    public async Task ST1_picked_in_pos_changes_nothing_in_ecom()
    {
        var order = new StatusHarness("PICKUP").Known(s => s);
        order.SetFulfillment("f1", FulfillmentState.Picked);

        await order.SaleUpdatedAsync();

        order.VerifyNoEcomWrites();
    }

    [Fact, Trait("Rule", "ST-3")]
    public async Task ST3_a_packed_pickup_is_ready_for_pickup_in_ecom()
    {
        var order = new StatusHarness("PICKUP").Known(s => s);
        order.SetFulfillment("f1", FulfillmentState.Packed);

        await order.SaleUpdatedAsync();

        order.VerifyEcomWrite(null, "READY_FOR_PICKUP");
        order.VerifyAudited("ecom.status.set", "ST-3");
    }

    [Theory, Trait("Rule", "ST-3")]
    [InlineData("SHIPPING")]
    [InlineData("DELIVERY")]
    public async Task ST3_a_packed_shipment_changes_nothing_in_ecom(string kind)
    {
        var order = new StatusHarness(kind).Known(s => s);
        order.SetFulfillment("f1", FulfillmentState.Packed);

        await order.SaleUpdatedAsync();

        order.VerifyNoEcomWrites();
    }

    [Fact, Trait("Rule", "ST-1")]
    public async Task ST1_a_completed_shipment_is_shipped_in_ecom()
    {
        var order = new StatusHarness("SHIPPING").Known(s => s);
        order.SetFulfillment("f1", FulfillmentState.Fulfilled);

        await order.SaleUpdatedAsync();

        order.VerifyEcomWrite(null, "SHIPPED");
    }

    [Theory, Trait("Rule", "ST-1")]
    [InlineData("PICKUP")]
    [InlineData("DELIVERY")]
    public async Task ST1_a_completed_pickup_or_delivery_is_delivered_in_ecom(string kind)
    {
        var order = new StatusHarness(kind).Known(s => s);
        order.SetFulfillment("f1", FulfillmentState.Fulfilled);

        await order.SaleUpdatedAsync();

        order.VerifyEcomWrite(null, "DELIVERED");
    }

    [Fact, Trait("Rule", "ST-6")]
    public async Task ST6_a_payment_recorded_in_pos_marks_the_order_paid_in_ecom()
    {
        var order = new StatusHarness().Known(s => s);
        order.PayInPos();

        await order.SaleUpdatedAsync();

        order.VerifyEcomWrite("PAID", null);
    }

    [Theory, Trait("Rule", "ST-4")]
    [InlineData(1, "PARTIALLY_REFUNDED")]
    [InlineData(2, "REFUNDED")]
    public async Task ST4_a_return_in_pos_refunds_the_order_in_ecom(int returned, string expected)
    {
        var order = new StatusHarness().Known(s => s with { EcomPayment = EcomPaymentStatus.Paid, PosPayment = PosPaymentState.Paid });
        order.Order = order.Order with { PaymentStatus = "PAID" };
        order.PayInPos();
        order.ReturnInPos(returned);

        await order.SaleUpdatedAsync();

        order.VerifyEcomWrite(expected, null);
    }

    [Fact, Trait("Rule", "ST-1")]
    public async Task ST1_a_parked_sale_becoming_pending_changes_nothing_in_ecom()
    {
        var order = new StatusHarness().Known(s => s with { PosSale = PosSaleState.Parked });

        await order.SaleUpdatedAsync();

        order.VerifyNoEcomWrites();
        Assert.Equal(PosSaleState.Pending, order.Store[StatusHarness.OrderId]!.State.PosSale);
    }

    [Fact, Trait("Rule", "ST-9")]
    public async Task ST9_a_sale_closed_without_its_fulfillments_moving_changes_nothing_in_ecom()
    {
        var order = new StatusHarness().Known(s => s);
        order.Sale = order.Sale with { State = SaleState.Closed };

        await order.SaleUpdatedAsync();

        order.VerifyNoEcomWrites();
    }

    [Fact, Trait("Rule", "ST-8")]
    public async Task ST8_a_voided_sale_cancels_the_order_in_ecom_and_locks_it()
    {
        var order = new StatusHarness().Known(s => s);
        order.Sale = order.Sale with { State = SaleState.Voided };

        await order.SaleUpdatedAsync();

        order.VerifyEcomWrite("CANCELLED", "WILL_NOT_DELIVER");
        Assert.True(order.Store[StatusHarness.OrderId]!.State.IsLocked);
    }

    [Fact, Trait("Rule", "ORD-3")]
    public async Task ORD3_a_sale_made_in_pos_is_ignored()
    {
        var order = new StatusHarness();
        order.Links.Setup(l => l.OrderForSaleAsync("counter", It.IsAny<CancellationToken>())).ReturnsAsync((string?)null);

        await order.SaleUpdatedAsync("counter");

        order.VerifyNoEcomWrites();
        order.Ecom.Verify(e => e.GetOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact, Trait("Rule", "ST-10")]
    public async Task ST10_a_status_whose_email_is_off_is_written_silenced_and_the_orders_stored_flag_is_put_back_after()
    {
        var order = new StatusHarness("PICKUP").Known(s => s);
        order.SyncSettings = new() { CustomerEmails = new Dictionary<string, bool> { ["READY_FOR_PICKUP"] = false } };
        order.SetFulfillment("f1", FulfillmentState.Packed);
        await order.SaleUpdatedAsync();

        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId,
            It.Is<OrderStatusChange>(c => c.FulfillmentStatus == "READY_FOR_PICKUP" && c.DisableCustomerNotifications == true), It.IsAny<CancellationToken>()), Times.Once);
        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId,
            new OrderStatusChange(null, null, false), It.IsAny<CancellationToken>()), Times.Once);
        Assert.False(order.Order.CustomerNotificationsDisabled);
    }

    [Fact, Trait("Rule", "ST-10")]
    public async Task ST10_by_default_a_shipped_order_emails_the_customer_and_the_stored_flag_is_not_touched()
    {
        var order = new StatusHarness().Known(s => s);
        order.SetFulfillment("f1", FulfillmentState.Fulfilled);
        await order.SaleUpdatedAsync();

        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId, It.Is<OrderStatusChange>(c => c.FulfillmentStatus == "SHIPPED"), It.IsAny<CancellationToken>()), Times.Once);
        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId, It.Is<OrderStatusChange>(c => c.DisableCustomerNotifications != null), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact, Trait("Rule", "ST-10")]
    public async Task ST10_an_order_the_merchant_silenced_stays_silenced()
    {
        var order = new StatusHarness("PICKUP").Known(s => s);
        order.Order = order.Order with { CustomerNotificationsDisabled = true };
        order.SyncSettings = new() { CustomerEmails = new Dictionary<string, bool> { ["READY_FOR_PICKUP"] = false } };
        order.SetFulfillment("f1", FulfillmentState.Packed);
        await order.SaleUpdatedAsync();

        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId, It.Is<OrderStatusChange>(c => c.FulfillmentStatus == "READY_FOR_PICKUP"), It.IsAny<CancellationToken>()), Times.Once);
        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId, It.Is<OrderStatusChange>(c => c.DisableCustomerNotifications != null), It.IsAny<CancellationToken>()), Times.Never);
        Assert.True(order.Order.CustomerNotificationsDisabled);
    }

    [Fact, Trait("Rule", "ST-10")]
    public async Task ST10_a_void_emails_for_the_cancellation_even_though_delivery_canceled_is_silent()
    {
        var order = new StatusHarness().Known(s => s);
        order.SyncSettings = new() { CustomerEmails = new Dictionary<string, bool> { ["WILL_NOT_DELIVER"] = false } };
        order.Sale = order.Sale with { State = SaleState.Voided };
        await order.SaleUpdatedAsync();

        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId, It.Is<OrderStatusChange>(c => c.PaymentStatus == "CANCELLED"), It.IsAny<CancellationToken>()), Times.Once);
        order.Ecom.Verify(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId, It.Is<OrderStatusChange>(c => c.DisableCustomerNotifications != null), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact, Trait("Rule", "ST-6")]
    public async Task A_status_write_eCom_did_not_apply_is_reported_not_counted_as_done()
    {
        var order = new StatusHarness().Known(s => s);
        order.Ecom.Setup(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId, It.IsAny<OrderStatusChange>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        order.PayInPos();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => order.SaleUpdatedAsync());

        Assert.Contains("updateCount 0", failure.Message);
        Assert.NotEmpty(order.Store[StatusHarness.OrderId]!.Pending);
    }
}
