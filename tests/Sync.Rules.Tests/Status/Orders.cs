using Sync.Rules.Orders;
using Sync.Rules.Status;

namespace Sync.Rules.Tests.Status;

/// Test shorthand for orders in a given state, and for status changes.
public static class Orders
{
    /// A new order: awaiting payment and processing in eCom, an unpaid pending sale with one New fulfillment in POS.
    public static OrderSyncState New(OrderKind kind, params string[] parts) => new(
        kind,
        EcomPaymentStatus.AwaitingPayment,
        EcomFulfillmentStatus.AwaitingProcessing,
        PosSaleState.Pending,
        PosPaymentState.Unpaid,
        (parts.Length == 0 ? ["f1"] : parts).ToDictionary(p => p, _ => PosFulfillmentState.Open),
        LastWritten.Nothing);

    public static OrderSyncState WithParts(this OrderSyncState order, params (string Id, PosFulfillmentState State)[] parts) =>
        order with { PosFulfillments = parts.ToDictionary(p => p.Id, p => p.State) };

    public static StatusChange EcomPay(EcomPaymentStatus status) => new StatusChange.EcomPayment(status);

    public static StatusChange EcomFulfil(EcomFulfillmentStatus status) => new StatusChange.EcomFulfillment(status);

    public static StatusChange PosPart(PosFulfillmentState state, string id = "f1") => new StatusChange.PosFulfillment(id, state);

    public static StatusChange AllPosParts(PosFulfillmentState state) => new StatusChange.AllPosFulfillments(state);

    public static StatusChange PosPay(PosPaymentState state) => new StatusChange.PosPayment(state);

    public static StatusChange PosSale(PosSaleState state) => new StatusChange.PosSale(state);
}
