using Sync.Application.Platforms.XSeries;
using Sync.Rules.Status;

namespace Sync.Application.Status;

/// <summary>
/// An order's POS sales and fulfillments as changes seen on POS: each fulfillment, then the payment, then the
/// sale. Decision: a return is a line with a negative quantity on the sale (what the return action adds).
/// A split order is paid when every sale is, voided when any sale is, closed when every sale is.
/// </summary>
public static class PosStatuses
{
    public static IReadOnlyList<StatusChange> Of(IReadOnlyList<PosSale> sales, IReadOnlyList<Fulfillment> fulfillments) =>
    [
        .. fulfillments.Select(f => new StatusChange.PosFulfillment(f.Id, Enum.Parse<PosFulfillmentState>(f.State.ToString()))),
        new StatusChange.PosPayment(Payment(sales)),
        new StatusChange.PosSale(State(sales)),
    ];

    public static bool IsPaid(PosSale sale) =>
        sale.Payments.Sum(p => p.Amount) >= sale.Lines.Where(l => l.Quantity > 0).Sum(l => (l.Price + l.Tax) * l.Quantity);

    private static PosPaymentState Payment(IReadOnlyList<PosSale> sales)
    {
        var lines = sales.SelectMany(s => s.Lines).ToList();
        var returned = -lines.Where(l => l.Quantity < 0).Sum(l => l.Quantity);
        var sold = lines.Where(l => l.Quantity > 0).Sum(l => l.Quantity);
        return returned > 0 ? returned >= sold ? PosPaymentState.Returned : PosPaymentState.PartiallyReturned
            : sales.All(IsPaid) ? PosPaymentState.Paid : PosPaymentState.Unpaid;
    }

    private static PosSaleState State(IReadOnlyList<PosSale> sales) =>
        sales.Any(s => s.State == SaleState.Voided) ? PosSaleState.Voided : (PosSaleState)sales.Min(s => (int)s.State);
}
