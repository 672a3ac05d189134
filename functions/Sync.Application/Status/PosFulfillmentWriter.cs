using Sync.Application.Orders;
using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Status;

/// <summary>
/// Moves an order's POS fulfillments to Packed or Completed (ST-1, ST-2, ST-3). Each move carries the
/// version it was read at; a 409 means someone moved it first, so it is read again and tried again.
/// SERVICE fulfillments are not the order's goods leaving: they are left alone.
/// </summary>
public sealed class PosFulfillmentWriter(IXSeriesClient pos)
{
    private const int Attempts = 5;

    /// <summary>The number of fulfillments moved.</summary>
    public async Task<int> MoveAsync(OrderLink link, FulfillmentState target, CancellationToken cancellationToken)
    {
        var moved = 0;
        foreach (var sale in link.Sales)
        {
            var fulfillments = await pos.GetFulfillmentsAsync(sale.SaleId, cancellationToken);
            var goods = fulfillments.Where(f => f.Type != FulfillmentType.Service).ToList();
            // Completing the whole sale is one versionless, idempotent call, unless it would complete a SERVICE one too.
            if (target == FulfillmentState.Fulfilled && goods.Count == fulfillments.Count)
            {
                var open = goods.Count(f => f.State < FulfillmentState.Fulfilled);
                if (open > 0)
                {
                    await pos.FulfillSaleAsync(sale.SaleId, cancellationToken);
                    moved += open;
                }

                continue;
            }

            foreach (var fulfillment in goods)
            {
                moved += await MoveOneAsync(sale.SaleId, fulfillment, target, cancellationToken) ? 1 : 0;
            }
        }

        return moved;
    }

    private async Task<bool> MoveOneAsync(string saleId, Fulfillment fulfillment, FulfillmentState target, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            // ST-3: only pickups are packed for Ready for pickup.
            if (fulfillment.State >= target || (target == FulfillmentState.Packed && fulfillment.Type != FulfillmentType.Pickup))
            {
                return false;
            }

            // Pack sets each line's packed quantity (the whole line); fulfill completes what remains.
            var (step, lines) = target == FulfillmentState.Packed
                ? (FulfillmentStep.Pack, fulfillment.Lines.Select(l => new FulfillmentQuantity(l.SaleLineItemId, l.Quantity)).ToList())
                : (FulfillmentStep.Fulfill, Remaining(fulfillment, l => l.Fulfilled));
            var outcome = await pos.AdvanceFulfillmentAsync(step, fulfillment.Id, fulfillment.Version, lines, cancellationToken);
            if (!outcome.Stale)
            {
                return true;
            }

            fulfillment = (await pos.GetFulfillmentsAsync(saleId, cancellationToken)).Single(f => f.Id == fulfillment.Id);
        }

        throw new InvalidOperationException($"Fulfillment {fulfillment.Id} kept changing (409) over {Attempts} attempts.");
    }

    private static List<FulfillmentQuantity> Remaining(Fulfillment fulfillment, Func<FulfillmentLine, decimal> done) =>
        fulfillment.Lines.Where(l => l.Quantity > done(l)).Select(l => new FulfillmentQuantity(l.SaleLineItemId, l.Quantity - done(l))).ToList();
}
