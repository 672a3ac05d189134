using Sync.Rules.Orders;
using static Sync.Rules.Orders.OrderKind;
using static Sync.Rules.Status.StatusCondition;
using static Sync.Rules.Status.SyncDirection;
using On = Sync.Rules.Status.ChangePattern;

namespace Sync.Rules.Status;

/// ST-1..ST-9 and ST-11: every status change either way, as data. The first row that matches decides.
/// Initial states (AWAITING_PAYMENT, INCOMPLETE, AWAITING_PROCESSING, Open, Parked, Unpaid) have no row:
/// they can never move an order forward, so the stale guard (ALL-1) refuses them before the table.
public static class StatusTable
{
    private const OrderKind AnyKind = Shipping | Pickup | LocalDelivery;

    public static IReadOnlyList<StatusTransition> Rows { get; } =
    [
        // eCom → POS
        new(EcomToPos, On.Any, AnyKind, OrderLocked, Ignore("ST-8", "the order is canceled and locked")),
        new(EcomToPos, On.Any, AnyKind, SaleClosed, Ignore("ST-9", "the POS sale is finalized")),
        new(EcomToPos, On.EcomFulfillment(EcomFulfillmentStatus.OutForDelivery), AnyKind, Always, Sync("ST-2", "out for delivery completes the fulfillments", AllPos(PosFulfillmentState.Fulfilled))),
        new(EcomToPos, On.EcomFulfillment(EcomFulfillmentStatus.Shipped), AnyKind, Always, Sync("ST-1", "shipped completes the fulfillments", AllPos(PosFulfillmentState.Fulfilled))),
        new(EcomToPos, On.EcomFulfillment(EcomFulfillmentStatus.Delivered), AnyKind, Always, Sync("ST-1", "delivered completes the fulfillments", AllPos(PosFulfillmentState.Fulfilled))),
        new(EcomToPos, On.EcomFulfillment(EcomFulfillmentStatus.ReadyForPickup), Pickup, Always, Sync("ST-3", "ready for pickup packs the pickup", AllPos(PosFulfillmentState.Packed))),
        new(EcomToPos, On.EcomFulfillment(EcomFulfillmentStatus.ReadyForPickup), Shipping | LocalDelivery, Always, NoSync("ST-3", "ready for pickup syncs for pickups only")),
        new(EcomToPos, On.EcomFulfillment(EcomFulfillmentStatus.Processing), AnyKind, Always, NoSync("ST-7", "Processing does not sync")),
        new(EcomToPos, On.EcomFulfillment(EcomFulfillmentStatus.WillNotDeliver), AnyKind, Always, NoSync("ST-8", "cancelling is the payment status Canceled")),
        new(EcomToPos, On.EcomFulfillment(EcomFulfillmentStatus.Returned), AnyKind, Always, NoSync("ST-4", "returns are made in POS")),
        new(EcomToPos, On.EcomPayment(EcomPaymentStatus.Paid), AnyKind, SaleUnpaid, Sync("ST-5", "paid in eCom pays the sale", new StatusChange.PosPayment(PosPaymentState.Paid))),
        new(EcomToPos, On.EcomPayment(EcomPaymentStatus.Paid), AnyKind, Always, NoSync("ST-5", "the sale is paid already")),
        new(EcomToPos, On.EcomPayment(EcomPaymentStatus.Cancelled), AnyKind, Always, Sync("ST-8", "canceled in eCom voids the sale", new StatusChange.PosSale(PosSaleState.Voided), Ecom(EcomFulfillmentStatus.WillNotDeliver))),
        new(EcomToPos, On.EcomPayment(EcomPaymentStatus.Refunded), AnyKind, Always, Sync("ST-4", "an eCom refund is recorded for review, no stock change", new StatusChange.PosRefundReview())),
        new(EcomToPos, On.EcomPayment(EcomPaymentStatus.PartiallyRefunded), AnyKind, Always, Sync("ST-4", "an eCom refund is recorded for review, no stock change", new StatusChange.PosRefundReview())),

        // POS → eCom
        new(PosToEcom, On.Any, AnyKind, OrderLocked, Ignore("ST-8", "the order is canceled and locked")),
        new(PosToEcom, On.AnyPosFulfillment, AnyKind, OtherPartsBehind, NoSync("ST-11", "eCom shows the least advanced part")),
        new(PosToEcom, On.PosFulfillment(PosFulfillmentState.Started), AnyKind, Always, NoSync("ST-7", "In progress does not sync")),
        new(PosToEcom, On.PosFulfillment(PosFulfillmentState.Picked), AnyKind, Always, NoSync("ST-1", "Picked has no eCom status")),
        new(PosToEcom, On.PosFulfillment(PosFulfillmentState.Packed), Pickup, Always, Sync("ST-3", "packed pickup is ready for pickup", Ecom(EcomFulfillmentStatus.ReadyForPickup))),
        new(PosToEcom, On.PosFulfillment(PosFulfillmentState.Packed), Shipping | LocalDelivery, Always, NoSync("ST-3", "a packed shipment changes nothing in eCom")),
        new(PosToEcom, On.PosFulfillment(PosFulfillmentState.Fulfilled), Shipping, Always, Sync("ST-1", "completed shipment is shipped", Ecom(EcomFulfillmentStatus.Shipped))),
        new(PosToEcom, On.PosFulfillment(PosFulfillmentState.Fulfilled), Pickup | LocalDelivery, Always, Sync("ST-1", "completed pickup or delivery is delivered", Ecom(EcomFulfillmentStatus.Delivered))),
        new(PosToEcom, On.PosPayment(PosPaymentState.Paid), AnyKind, Always, Sync("ST-6", "paid in POS is paid in eCom", Ecom(EcomPaymentStatus.Paid))),
        new(PosToEcom, On.PosPayment(PosPaymentState.PartiallyReturned), AnyKind, Always, Sync("ST-4", "a partial return is partially refunded", Ecom(EcomPaymentStatus.PartiallyRefunded))),
        new(PosToEcom, On.PosPayment(PosPaymentState.Returned), AnyKind, Always, Sync("ST-4", "a full return is refunded", Ecom(EcomPaymentStatus.Refunded))),
        new(PosToEcom, On.PosSale(PosSaleState.Pending), AnyKind, Always, NoSync("ST-1", "the sale's own state has no eCom status")),
        new(PosToEcom, On.PosSale(PosSaleState.Closed), AnyKind, Always, NoSync("ST-9", "a finalized sale's fulfillments carry its status")),
        new(PosToEcom, On.PosSale(PosSaleState.Voided), AnyKind, Always, Sync("ST-8", "voided in POS is canceled in eCom", Ecom(EcomPaymentStatus.Cancelled), Ecom(EcomFulfillmentStatus.WillNotDeliver))),
    ];

    private static StatusDecision Sync(string ruleId, string reason, params StatusChange[] writes) => new StatusDecision.Sync(ruleId, reason, writes);

    private static StatusDecision NoSync(string ruleId, string reason) => new StatusDecision.NoSync(ruleId, reason);

    private static StatusDecision Ignore(string ruleId, string reason) => new StatusDecision.Ignored(ruleId, reason);

    private static StatusChange AllPos(PosFulfillmentState state) => new StatusChange.AllPosFulfillments(state);

    private static StatusChange Ecom(EcomFulfillmentStatus status) => new StatusChange.EcomFulfillment(status);

    private static StatusChange Ecom(EcomPaymentStatus status) => new StatusChange.EcomPayment(status);
}
