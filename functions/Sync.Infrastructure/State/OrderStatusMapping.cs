using Sync.Application.Status;
using Sync.Rules.Orders;
using Sync.Rules.Status;

namespace Sync.Infrastructure.State;

/// <summary>The rules' status state ⇄ its stored document.</summary>
internal static class OrderStatusMapping
{
    public static OrderStatusDocument ToDocument(StoredOrderStatus stored)
    {
        var s = stored.State;
        return new(
            stored.OrderId, s.Kind.ToString(), s.EcomPayment.ToString(), s.EcomFulfillment.ToString(), s.PosSale.ToString(), s.PosPayment.ToString(),
            s.PosFulfillments.ToDictionary(p => p.Key, p => p.Value.ToString()),
            s.Written.ToEcom.Select(ToDocument).ToList(),
            s.Written.ToPos.Select(ToDocument).ToList(),
            stored.Pending.Select(p => new PendingWriteDocument(ToDocument(p.Write), p.RuleId, p.EventKey, p.DecidedAt)).ToList());
    }

    public static StoredOrderStatus FromDocument(OrderStatusDocument d, string version) => new(
        d.OrderNumber,
        new OrderSyncState(
            Enum.Parse<OrderKind>(d.Kind), Enum.Parse<EcomPaymentStatus>(d.EcomPayment), Enum.Parse<EcomFulfillmentStatus>(d.EcomFulfillment),
            Enum.Parse<PosSaleState>(d.PosSale), Enum.Parse<PosPaymentState>(d.PosPayment),
            d.PosFulfillments.ToDictionary(p => p.Key, p => Enum.Parse<PosFulfillmentState>(p.Value)),
            new LastWritten(d.WrittenToEcom.Select(FromDocument).ToList(), d.WrittenToPos.Select(FromDocument).ToList())),
        d.Pending.Select(p => new PendingWrite(FromDocument(p.Write), p.RuleId, p.EventKey, p.DecidedAt)).ToList(),
        version);

    private static StatusChangeDocument ToDocument(StatusChange change) => change switch
    {
        StatusChange.PosFulfillment c => new(nameof(StatusChange.PosFulfillment), c.State.ToString(), c.FulfillmentId),
        StatusChange.PosRefundReview => new(nameof(StatusChange.PosRefundReview), null, null),
        _ => new(change.GetType().Name, change.Value.ToString(), null),
    };

    private static StatusChange FromDocument(StatusChangeDocument d) => d.Type switch
    {
        nameof(StatusChange.EcomPayment) => new StatusChange.EcomPayment(Enum.Parse<EcomPaymentStatus>(d.Value!)),
        nameof(StatusChange.EcomFulfillment) => new StatusChange.EcomFulfillment(Enum.Parse<EcomFulfillmentStatus>(d.Value!)),
        nameof(StatusChange.PosFulfillment) => new StatusChange.PosFulfillment(d.FulfillmentId!, Enum.Parse<PosFulfillmentState>(d.Value!)),
        nameof(StatusChange.AllPosFulfillments) => new StatusChange.AllPosFulfillments(Enum.Parse<PosFulfillmentState>(d.Value!)),
        nameof(StatusChange.PosPayment) => new StatusChange.PosPayment(Enum.Parse<PosPaymentState>(d.Value!)),
        nameof(StatusChange.PosSale) => new StatusChange.PosSale(Enum.Parse<PosSaleState>(d.Value!)),
        nameof(StatusChange.PosRefundReview) => new StatusChange.PosRefundReview(),
        _ => throw new InvalidOperationException($"Unknown stored status change {d.Type}."),
    };
}
