using Sync.Rules.Status;

namespace Sync.IntegrationTests.Status;

/// <summary>Status sync through the dev host, both simulators and their signed webhooks.</summary>
public sealed class StatusSyncEndToEndTests(StatusStage stage) : IClassFixture<StatusStage>
{
    [Fact, Trait("Rule", "ST-3")]
    public async Task ST3_a_pickup_packed_in_pos_is_ready_for_pickup_in_ecom()
    {
        var order = await stage.PlaceLinkedOrderAsync("PICKUP");

        stage.Stores.Pos.MoveFulfillmentInStore(order.FulfillmentId, "pack");

        await Eventually.HoldsAsync(() => Task.FromResult(stage.Order(order).FulfillmentStatus == "READY_FOR_PICKUP"), "eCom shows Ready for pickup", 30);
    }

    [Fact, Trait("Rule", "ST-3")]
    public async Task ST3_a_shipment_packed_in_pos_changes_nothing_in_ecom()
    {
        var order = await stage.PlaceLinkedOrderAsync("SHIPPING");

        stage.Stores.Pos.MoveFulfillmentInStore(order.FulfillmentId, "pack");

        await Eventually.HoldsAsync(() => stage.KnownAsync(order, s => s.PosFulfillments.Values.All(p => p == PosFulfillmentState.Packed)), "the service saw the packing", 30);
        Assert.Equal("AWAITING_PROCESSING", stage.Order(order).FulfillmentStatus);
    }

    [Fact, Trait("Rule", "ST-2")]
    public async Task ST2_out_for_delivery_in_ecom_completes_the_pos_fulfillment()
    {
        var order = await stage.PlaceLinkedOrderAsync("DELIVERY");

        stage.Stores.Ecom.ChangeStatusInAdmin(order.Id, fulfillmentStatus: "OUT_FOR_DELIVERY");

        await Eventually.HoldsAsync(() => Task.FromResult(stage.Fulfillment(order).State == "FULFILLED"), "the POS fulfillment is completed", 30);
        Assert.Equal("closed", stage.Sale(order).State);
    }

    [Fact, Trait("Rule", "ST-5")]
    public async Task ST5_paid_in_ecom_pays_the_pos_sale()
    {
        var order = await stage.PlaceLinkedOrderAsync("SHIPPING");

        stage.Stores.Ecom.ChangeStatusInAdmin(order.Id, paymentStatus: "PAID");

        await Eventually.HoldsAsync(() => Task.FromResult(stage.Sale(order).Payments.Sum(p => p.Amount) == stage.Order(order).Total), "the POS sale is paid", 30);
    }

    [Fact, Trait("Rule", "ST-6")]
    public async Task ST6_a_payment_taken_in_pos_marks_the_order_paid_in_ecom()
    {
        var order = await stage.PlaceLinkedOrderAsync("PICKUP");

        stage.Stores.Pos.TakePaymentAtCounter(order.SaleId, stage.Stores.Catalogue.PaymentTypes[0].Id, stage.Order(order).Total);

        await Eventually.HoldsAsync(() => Task.FromResult(stage.Order(order).PaymentStatus == "PAID"), "eCom shows Paid", 30);
    }

    [Fact, Trait("Rule", "ST-8")]
    public async Task ST8_canceled_in_ecom_voids_the_sale_and_locks_the_order()
    {
        var order = await stage.PlaceLinkedOrderAsync("SHIPPING", paid: true);

        stage.Stores.Ecom.ChangeStatusInAdmin(order.Id, paymentStatus: "CANCELLED");

        await Eventually.HoldsAsync(() => Task.FromResult(stage.Sale(order).State == "voided" && stage.Order(order).FulfillmentStatus == "WILL_NOT_DELIVER"),
            "the sale is voided and eCom shows Delivery canceled", 30);
        Assert.True(await stage.KnownAsync(order, s => s.IsLocked));

        await stage.IdleAsync();
        var fulfillmentsMoved = stage.Fulfillment(order).Version;
        stage.Stores.Ecom.ChangeStatusInAdmin(order.Id, fulfillmentStatus: "SHIPPED");
        await stage.IdleAsync();
        Assert.Equal(fulfillmentsMoved, stage.Fulfillment(order).Version);
        Assert.True(await stage.KnownAsync(order, s => s.IsLocked && s.EcomFulfillment == EcomFulfillmentStatus.WillNotDeliver));
    }

    [Fact, Trait("Rule", "ST-8")]
    public async Task ST8_a_sale_voided_in_pos_cancels_the_order_in_ecom_and_locks_it()
    {
        var order = await stage.PlaceLinkedOrderAsync("PICKUP", paid: true);

        stage.Stores.Pos.VoidAtCounter(order.SaleId);

        await Eventually.HoldsAsync(() => Task.FromResult(stage.Order(order) is { PaymentStatus: "CANCELLED", FulfillmentStatus: "WILL_NOT_DELIVER" }),
            "eCom shows Canceled and Delivery canceled", 30);
        Assert.True(await stage.KnownAsync(order, s => s.IsLocked));
    }

    [Fact, Trait("Rule", "ST-4")]
    public async Task ST4_a_return_in_pos_refunds_the_order_in_ecom()
    {
        var order = await stage.PlaceLinkedOrderAsync("SHIPPING", paid: true);

        stage.Stores.Pos.ReturnAtCounter(order.SaleId, order.ProductId, 1);

        await Eventually.HoldsAsync(() => Task.FromResult(stage.Order(order).PaymentStatus == "REFUNDED"), "eCom shows Refunded", 30);
    }
}
