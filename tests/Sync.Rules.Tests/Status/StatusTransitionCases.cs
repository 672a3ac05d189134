using Sync.Rules.Status;
using static Sync.Rules.Orders.OrderKind;
using static Sync.Rules.Status.EcomFulfillmentStatus;
using static Sync.Rules.Status.EcomPaymentStatus;
using static Sync.Rules.Status.PosFulfillmentState;
using static Sync.Rules.Tests.Status.Orders;
using Decision = Sync.Rules.Status.StatusDecision;

namespace Sync.Rules.Tests.Status;

/// The expected outcome of every table row, both directions, written from rules.md, not from the table.
public static class StatusTransitionCases
{
    public static TheoryData<StatusCase> EcomToPos { get; } =
    [
        new("ST-2", "eCom out for delivery completes the POS fulfillments", New(LocalDelivery), EcomFulfil(OutForDelivery), Sync("ST-2", AllPosParts(Fulfilled))),
        new("ST-2", "eCom out for delivery completes a shipment too", New(Shipping), EcomFulfil(OutForDelivery), Sync("ST-2", AllPosParts(Fulfilled))),
        new("ST-1", "eCom shipped completes the POS fulfillments", New(Shipping), EcomFulfil(Shipped), Sync("ST-1", AllPosParts(Fulfilled))),
        new("ST-1", "eCom delivered completes the POS fulfillments", New(Pickup), EcomFulfil(Delivered), Sync("ST-1", AllPosParts(Fulfilled))),
        new("ST-3", "eCom ready for pickup packs a pickup", New(Pickup), EcomFulfil(ReadyForPickup), Sync("ST-3", AllPosParts(Packed))),
        new("ST-3", "eCom ready for pickup on a shipment syncs nothing", New(Shipping), EcomFulfil(ReadyForPickup), NoSync("ST-3")),
        new("ST-3", "eCom ready for pickup on a local delivery syncs nothing", New(LocalDelivery), EcomFulfil(ReadyForPickup), NoSync("ST-3")),
        new("ST-7", "eCom processing syncs nothing", New(Shipping), EcomFulfil(Processing), NoSync("ST-7")),
        new("ST-8", "eCom delivery canceled alone syncs nothing: cancelling is the payment status", New(Shipping), EcomFulfil(WillNotDeliver), NoSync("ST-8")),
        new("ST-4", "eCom returned syncs nothing: returns are made in POS", New(Shipping) with { EcomFulfillment = Delivered }, EcomFulfil(Returned), NoSync("ST-4")),
        new("ST-5", "eCom paid pays an unpaid POS sale", New(Shipping), EcomPay(Paid), Sync("ST-5", PosPay(PosPaymentState.Paid))),
        new("ST-5", "eCom paid on a sale paid already syncs nothing", New(Shipping) with { PosPayment = PosPaymentState.Paid }, EcomPay(Paid), NoSync("ST-5")),
        new("ST-8", "eCom canceled voids the sale and sets delivery canceled", New(Shipping), EcomPay(Cancelled), Sync("ST-8", PosSale(PosSaleState.Voided), EcomFulfil(WillNotDeliver))),
        new("ST-4", "eCom refunded is recorded for review, no stock change", New(Shipping) with { EcomPayment = Paid }, EcomPay(Refunded), Sync("ST-4", new StatusChange.PosRefundReview())),
        new("ST-4", "eCom partially refunded is recorded for review, no stock change", New(Shipping) with { EcomPayment = Paid }, EcomPay(PartiallyRefunded), Sync("ST-4", new StatusChange.PosRefundReview())),
        new("ST-8", "nothing syncs from eCom once the order is canceled", New(Shipping) with { EcomPayment = Cancelled }, EcomFulfil(Shipped), Ignored("ST-8")),
        new("ST-8", "nothing syncs from eCom once the sale is voided", New(Pickup) with { PosSale = PosSaleState.Voided }, EcomPay(Paid), Ignored("ST-8")),
        new("ST-9", "eCom changes after the POS sale is closed are ignored", New(Shipping) with { PosSale = PosSaleState.Closed }, EcomFulfil(Delivered), Ignored("ST-9")),
        new("ST-9", "eCom cancel after the POS sale is closed is ignored", New(Shipping) with { PosSale = PosSaleState.Closed }, EcomPay(Cancelled), Ignored("ST-9")),
    ];

    public static TheoryData<StatusCase> PosToEcom { get; } =
    [
        new("ST-8", "nothing syncs from POS once the sale is voided", New(Shipping) with { PosSale = PosSaleState.Voided }, PosPart(Fulfilled), Ignored("ST-8")),
        new("ST-8", "nothing syncs from POS once eCom canceled the order", New(Shipping) with { EcomPayment = Cancelled }, PosPay(PosPaymentState.Paid), Ignored("ST-8")),
        new("ST-11", "one part of a split order completing while another lags syncs nothing", New(Shipping, "f1", "f2"), PosPart(Fulfilled, "f1"), NoSync("ST-11")),
        new("ST-11", "the last part of a split order completing ships the order", New(Shipping).WithParts(("f1", Fulfilled), ("f2", Packed)), PosPart(Fulfilled, "f2"), Sync("ST-1", EcomFulfil(Shipped))),
        new("ST-7", "POS in progress syncs nothing", New(Shipping), PosPart(Started), NoSync("ST-7")),
        new("ST-1", "POS picked has no eCom status", New(Pickup), PosPart(Picked), NoSync("ST-1")),
        new("ST-3", "POS packed on a pickup is ready for pickup", New(Pickup), PosPart(Packed), Sync("ST-3", EcomFulfil(ReadyForPickup))),
        new("ST-3", "POS packed on a shipment changes nothing in eCom", New(Shipping), PosPart(Packed), NoSync("ST-3")),
        new("ST-3", "POS packed on a local delivery changes nothing in eCom", New(LocalDelivery), PosPart(Packed), NoSync("ST-3")),
        new("ST-1", "POS completed shipment is shipped", New(Shipping), PosPart(Fulfilled), Sync("ST-1", EcomFulfil(Shipped))),
        new("ST-1", "POS completed pickup is delivered", New(Pickup), PosPart(Fulfilled), Sync("ST-1", EcomFulfil(Delivered))),
        new("ST-1", "POS completed local delivery is delivered", New(LocalDelivery), PosPart(Fulfilled), Sync("ST-1", EcomFulfil(Delivered))),
        new("ST-6", "a payment recorded in POS makes the online order paid", New(Shipping), PosPay(PosPaymentState.Paid), Sync("ST-6", EcomPay(Paid))),
        new("ST-6", "a POS payment on an order eCom shows paid already writes nothing", New(Shipping) with { EcomPayment = Paid }, PosPay(PosPaymentState.Paid), NoSync("ST-6")),
        new("ST-4", "a partial return in POS is partially refunded in eCom", New(Shipping) with { PosPayment = PosPaymentState.Paid, EcomPayment = Paid }, PosPay(PosPaymentState.PartiallyReturned), Sync("ST-4", EcomPay(PartiallyRefunded))),
        new("ST-4", "a full return in POS is refunded in eCom", New(Shipping) with { PosPayment = PosPaymentState.Paid, EcomPayment = Paid }, PosPay(PosPaymentState.Returned), Sync("ST-4", EcomPay(Refunded))),
        new("ST-1", "a parked sale becoming pending syncs nothing", New(Shipping) with { PosSale = PosSaleState.Parked }, PosSale(PosSaleState.Pending), NoSync("ST-1")),
        new("ST-9", "closing the sale syncs nothing by itself", New(Shipping), PosSale(PosSaleState.Closed), NoSync("ST-9")),
        new("ST-8", "a voided POS sale is canceled with delivery canceled in eCom", New(Shipping), PosSale(PosSaleState.Voided), Sync("ST-8", EcomPay(Cancelled), EcomFulfil(WillNotDeliver))),
    ];

    public static TheoryData<StatusCase> Guards { get; } =
    [
        new("ST-12", "our own eCom write coming back is applied nowhere", New(Shipping) with { EcomFulfillment = Shipped, Written = new([EcomFulfil(Shipped)], []) }, EcomFulfil(Shipped), Ignored("ST-12")),
        new("ST-12", "our own 'complete all' coming back per fulfillment is applied nowhere", New(Shipping, "f1", "f2").WithParts(("f1", Fulfilled), ("f2", Fulfilled)) with { Written = new([], [AllPosParts(Fulfilled)]) }, PosPart(Fulfilled, "f2"), Ignored("ST-12")),
        new("ALL-1", "a late eCom status never moves the order back", New(Shipping) with { EcomFulfillment = Shipped }, EcomFulfil(Processing), Ignored("ALL-1")),
        new("ALL-1", "a repeated POS payment is applied once", New(Shipping) with { PosPayment = PosPaymentState.Paid }, PosPay(PosPaymentState.Paid), Ignored("ALL-1")),
        new("ALL-1", "a reordered POS state never moves a fulfillment back", New(Pickup).WithParts(("f1", Packed)), PosPart(Picked), Ignored("ALL-1")),
    ];

    private static Decision Sync(string rule, params StatusChange[] writes) => new Decision.Sync(rule, "", writes);

    private static Decision NoSync(string rule) => new Decision.NoSync(rule, "");

    private static Decision Ignored(string rule) => new Decision.Ignored(rule, "");
}
