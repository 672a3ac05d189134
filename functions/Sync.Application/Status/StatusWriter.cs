using Sync.Application.Audit;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Status;

namespace Sync.Application.Status;

/// <summary>Makes the writes a decision asked for on either platform, idempotently, and records each (ALL-3).</summary>
public sealed class StatusWriter(EcomStatusWriter ecom, PosFulfillmentWriter fulfillments, PosSaleWriter sales, IAuditLog audit, TimeProvider clock)
{
    public async Task WriteAsync(OrderLink link, EcomOrder order, IReadOnlyList<PendingWrite> writes, CancellationToken cancellationToken)
    {
        var toEcom = writes.Where(w => w.Write.Platform == Platform.Ecom).ToList();
        if (toEcom.Count > 0 && await ecom.WriteAsync(order, toEcom.Select(w => w.Write).ToList(), cancellationToken) is { } change)
        {
            await RecordAsync(link, toEcom[0], "ecom.status.set", $"{change.PaymentStatus} {change.FulfillmentStatus}".Trim(), cancellationToken);
        }

        foreach (var write in writes.Where(w => w.Write.Platform == Platform.Pos))
        {
            var (action, count) = write.Write switch
            {
                StatusChange.AllPosFulfillments all => ("pos.fulfillments.advanced",
                    await fulfillments.MoveAsync(link, Enum.Parse<FulfillmentState>(all.State.ToString()), cancellationToken)),
                StatusChange.PosPayment { State: PosPaymentState.Paid } => ("pos.sale.paid", await sales.PayAsync(link, order, cancellationToken)),
                StatusChange.PosSale { State: PosSaleState.Voided } => ("pos.sale.voided", await sales.VoidAsync(link, cancellationToken)),
                StatusChange.PosRefundReview => ("status.refund.review", 1),
                _ => throw new InvalidOperationException($"The status table asked for {write.Write}, which POS cannot be given."),
            };
            if (count > 0)
            {
                await RecordAsync(link, write, action, write.Write is StatusChange.PosRefundReview ? $"review: eCom {order.PaymentStatus}" : $"{count}", cancellationToken);
            }
        }
    }

    private Task RecordAsync(OrderLink link, PendingWrite write, string action, string after, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(StatusEntity.Key(link.OrderId), action, write.RuleId, write.EventKey, null, null, after, clock.GetUtcNow()), cancellationToken);
}
