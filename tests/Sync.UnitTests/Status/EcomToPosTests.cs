using Moq;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Status;

namespace Sync.UnitTests.Status;

/// <summary>Every eCom → POS row of the status table, through the <c>order.updated</c> handler.</summary>
public sealed class EcomToPosTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact, Trait("Rule", "ST-8")]
    public async Task ST8_a_change_in_ecom_to_a_locked_order_is_applied_nowhere_and_audited()
    {
        var order = new StatusHarness().Known(s => s with { EcomPayment = EcomPaymentStatus.Cancelled, PosSale = PosSaleState.Voided });
        order.Sale = order.Sale with { State = SaleState.Voided };
        order.Order = order.Order with { PaymentStatus = "CANCELLED" };

        await order.EcomUpdatedAsync(fulfillment: "SHIPPED");

        order.VerifyNoPosWrites();
        order.VerifyAudited("status.ignored", "ST-8");
    }

    [Fact, Trait("Rule", "ST-9")]
    public async Task ST9_a_change_in_ecom_after_the_sale_is_finalized_is_not_synced()
    {
        var order = new StatusHarness().Known(s => s with { PosSale = PosSaleState.Closed });
        order.Sale = order.Sale with { State = SaleState.Closed };

        await order.EcomUpdatedAsync(payment: "PAID");

        order.VerifyNoPosWrites();
        order.VerifyAudited("status.ignored", "ST-9");
    }

    [Fact, Trait("Rule", "ST-2")]
    public async Task ST2_out_for_delivery_in_ecom_completes_the_pos_fulfillment()
    {
        var order = new StatusHarness("DELIVERY").Known(s => s);

        await order.EcomUpdatedAsync(fulfillment: "OUT_FOR_DELIVERY");

        order.Pos.Verify(p => p.FulfillSaleAsync(StatusHarness.SaleId, None), Times.Once);
        order.VerifyAudited("pos.fulfillments.advanced", "ST-2");
    }

    [Theory, Trait("Rule", "ST-1")]
    [InlineData("SHIPPED")]
    [InlineData("DELIVERED")]
    public async Task ST1_shipped_or_delivered_in_ecom_completes_every_pos_fulfillment(string status)
    {
        var order = new StatusHarness("SHIPPING", "f1", "f2").Known(s => s);

        await order.EcomUpdatedAsync(fulfillment: status);

        order.Pos.Verify(p => p.FulfillSaleAsync(StatusHarness.SaleId, None), Times.Once);
        Assert.All(order.Fulfillments, f => Assert.Equal(FulfillmentState.Fulfilled, f.State));
    }

    [Fact, Trait("Rule", "ST-1")]
    public async Task ST1_a_sale_with_a_SERVICE_fulfillment_completes_its_goods_one_by_one_and_leaves_the_service_alone()
    {
        var order = new StatusHarness("SHIPPING", "f1", "f2").Known(s => s);
        order.Fulfillments = [order.Fulfillments[0], order.Fulfillments[1] with { Type = FulfillmentType.Service }];

        await order.EcomUpdatedAsync(fulfillment: "SHIPPED");

        order.Pos.Verify(p => p.AdvanceFulfillmentAsync(FulfillmentStep.Fulfill, "f1", 1, It.IsAny<IReadOnlyList<FulfillmentQuantity>>(), None), Times.Once);
        order.Pos.Verify(p => p.FulfillSaleAsync(It.IsAny<string>(), None), Times.Never);
        Assert.Equal(FulfillmentState.Open, order.Fulfillments.Single(f => f.Id == "f2").State);
    }

    [Fact, Trait("Rule", "ST-3")]
    public async Task ST3_a_stale_fulfillment_version_is_read_again_and_retried_and_pack_sets_the_whole_quantity()
    {
        var order = new StatusHarness("PICKUP").Known(s => s);
        order.Pos.Setup(p => p.AdvanceFulfillmentAsync(FulfillmentStep.Pack, "f1", 1, It.IsAny<IReadOnlyList<FulfillmentQuantity>>(), None))
            .Callback(() => order.Fulfillments = [order.Fulfillments[0] with
            {
                State = FulfillmentState.Picked, Version = 2, Lines = [order.Fulfillments[0].Lines[0] with { Picked = 2, Packed = 1 }],
            }])
            .ReturnsAsync(FulfillmentOutcome.StaleVersion);

        await order.EcomUpdatedAsync(fulfillment: "READY_FOR_PICKUP");

        order.Pos.Verify(p => p.AdvanceFulfillmentAsync(FulfillmentStep.Pack, "f1", 2,
            It.Is<IReadOnlyList<FulfillmentQuantity>>(l => l.Single() == new FulfillmentQuantity("l1", 2)), None), Times.Once);
    }

    [Fact, Trait("Rule", "ST-3")]
    public async Task ST3_ready_for_pickup_in_ecom_packs_the_pickup_fulfillment()
    {
        var order = new StatusHarness("PICKUP").Known(s => s);

        await order.EcomUpdatedAsync(fulfillment: "READY_FOR_PICKUP");

        order.Pos.Verify(p => p.AdvanceFulfillmentAsync(FulfillmentStep.Pack, "f1", 1, It.IsAny<IReadOnlyList<FulfillmentQuantity>>(), None), Times.Once);
        order.VerifyAudited("pos.fulfillments.advanced", "ST-3");
    }

    [Fact, Trait("Rule", "ST-3")]
    public async Task ST3_ready_for_pickup_on_a_shipment_changes_nothing_in_pos()
    {
        var order = new StatusHarness("SHIPPING").Known(s => s);

        await order.EcomUpdatedAsync(fulfillment: "READY_FOR_PICKUP");

        order.VerifyNoPosWrites();
    }

    [Fact, Trait("Rule", "ST-7")]
    public async Task ST7_processing_in_ecom_changes_nothing_in_pos()
    {
        var order = new StatusHarness().Known(s => s);

        await order.EcomUpdatedAsync(fulfillment: "PROCESSING");

        order.VerifyNoPosWrites();
        Assert.Equal(EcomFulfillmentStatus.Processing, order.Store[StatusHarness.OrderId]!.State.EcomFulfillment);
    }

    [Fact, Trait("Rule", "ST-8")]
    public async Task ST8_delivery_canceled_alone_changes_nothing_in_pos()
    {
        var order = new StatusHarness().Known(s => s);

        await order.EcomUpdatedAsync(fulfillment: "WILL_NOT_DELIVER");

        order.VerifyNoPosWrites();
    }

    [Fact, Trait("Rule", "ST-4")]
    public async Task ST4_returned_in_ecom_changes_nothing_in_pos()
    {
        var order = new StatusHarness().Known(s => s);

        await order.EcomUpdatedAsync(fulfillment: "RETURNED");

        order.VerifyNoPosWrites();
    }

    [Fact, Trait("Rule", "ST-5")]
    public async Task ST5_paid_in_ecom_records_the_payment_on_the_unpaid_sale()
    {
        var order = new StatusHarness().Known(s => s);

        await order.EcomUpdatedAsync(payment: "PAID");

        order.Pos.Verify(p => p.UpdateSaleAsync(StatusHarness.SaleId,
            It.Is<SaleDraft>(d => d.Payments.Single().Amount == 20m && d.Payments.Single().PaymentTypeId == "pt1" && d.Lines.Count == 1), None), Times.Once);
        order.VerifyAudited("pos.sale.paid", "ST-5");
    }

    [Fact, Trait("Rule", "ST-5")]
    public async Task ST5_paid_in_ecom_leaves_a_paid_sale_alone()
    {
        var order = new StatusHarness().Known(s => s with { PosPayment = PosPaymentState.Paid });
        order.PayInPos();

        await order.EcomUpdatedAsync(payment: "PAID");

        order.VerifyNoPosWrites();
    }

    [Fact, Trait("Rule", "ST-8")]
    public async Task ST8_canceled_in_ecom_voids_the_sale_sets_delivery_canceled_and_locks_the_order()
    {
        var order = new StatusHarness().Known(s => s);

        await order.EcomUpdatedAsync(payment: "CANCELLED");

        order.Pos.Verify(p => p.VoidSaleAsync(StatusHarness.SaleId, None), Times.Once);
        order.VerifyEcomWrite(null, "WILL_NOT_DELIVER");
        Assert.True(order.Store[StatusHarness.OrderId]!.State.IsLocked);
    }

    [Theory, Trait("Rule", "ST-4")]
    [InlineData("REFUNDED")]
    [InlineData("PARTIALLY_REFUNDED")]
    public async Task ST4_a_refund_in_the_ecom_admin_is_flagged_for_review_with_no_pos_change(string status)
    {
        var order = new StatusHarness().Known(s => s with { EcomPayment = EcomPaymentStatus.Paid, PosPayment = PosPaymentState.Paid });
        order.PayInPos();

        await order.EcomUpdatedAsync(payment: status);

        order.VerifyNoPosWrites();
        order.VerifyAudited("status.refund.review", "ST-4");
    }

    [Fact]
    public async Task An_order_without_a_complete_link_is_left_to_the_order_sync()
    {
        var order = new StatusHarness();
        order.Link = order.Link with { Complete = false };

        await order.EcomUpdatedAsync(payment: "CANCELLED");

        order.VerifyNoPosWrites();
        order.Ecom.Verify(e => e.GetOrderAsync(It.IsAny<string>(), None), Times.Never);
    }
}
