using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Status;

/// <summary>Pays (ST-5) or voids (ST-8) an order's POS sales, leaving those already paid or voided alone.</summary>
public sealed class PosSaleWriter(IXSeriesClient pos, TimeProvider clock)
{
    /// <summary>Records the unpaid remainder of each unpaid sale (the 0.9 edit sends the whole sale). The number paid.</summary>
    public async Task<int> PayAsync(OrderLink link, EcomOrder order, CancellationToken cancellationToken)
    {
        var paid = 0;
        IReadOnlyList<PaymentType>? types = null;
        foreach (var saleLink in link.Sales)
        {
            var sale = await pos.GetSaleAsync(saleLink.SaleId, cancellationToken) ?? throw Missing(saleLink.SaleId);
            if (sale.State == SaleState.Voided || PosStatuses.IsPaid(sale))
            {
                continue;
            }

            types ??= await pos.GetPaymentTypesAsync(cancellationToken);
            var type = types.FirstOrDefault(t => string.Equals(t.Name, order.PaymentMethod, StringComparison.OrdinalIgnoreCase)) ?? types[0];
            var due = sale.Lines.Sum(l => (l.Price + l.Tax) * l.Quantity) - sale.Payments.Sum(p => p.Amount);
            // The edit carries every line's and payment's id, so it adds exactly this one payment (0.9: no id means a new one).
            await pos.UpdateSaleAsync(sale.Id, SaleDraft.Editing(sale, new SaleDraftPayment(type.Id, due, clock.GetUtcNow())), cancellationToken);
            paid++;
        }

        return paid;
    }

    /// <summary>The number voided.</summary>
    public async Task<int> VoidAsync(OrderLink link, CancellationToken cancellationToken)
    {
        var voided = 0;
        foreach (var saleLink in link.Sales)
        {
            var sale = await pos.GetSaleAsync(saleLink.SaleId, cancellationToken) ?? throw Missing(saleLink.SaleId);
            if (sale.State != SaleState.Voided)
            {
                await pos.VoidSaleAsync(sale.Id, cancellationToken);
                voided++;
            }
        }

        return voided;
    }

    private static InvalidOperationException Missing(string saleId) => new($"Linked sale {saleId} is not in POS.");
}
