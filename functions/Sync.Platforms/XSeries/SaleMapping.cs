using System.Globalization;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries;

internal static class SaleMapping
{
    public static PosSale ToSale(XSale s) => new(
        s.Id, s.OutletId, s.RegisterId, s.UserId, s.CustomerId, s.InvoiceNumber, s.SourceId,
        ParseState(s.State ?? throw new HttpRequestException($"Sale {s.Id} came without its state.")), s.Status, s.Attributes ?? [], s.Note, s.SaleDate,
        (s.LineItems ?? []).Select(l => new SaleLine(l.Id, l.ProductId, l.Quantity, l.Price, l.Tax, l.TaxId ?? "")).ToList(),
        (s.Payments ?? []).Select(p => new SalePayment(p.Id, p.RetailerPaymentTypeId, p.Amount, p.PaymentDate)).ToList(),
        s.Version ?? 0);

    public static XRegisterSaleRequest ToRequest(string? saleId, SaleDraft d) => new(
        saleId, d.RegisterId, d.UserId, d.CustomerId, Rfc3339(d.SaleDate), d.Note, d.Source, d.SourceId,
        StateName(d.State), d.Attributes,
        d.Lines.Select(l => new XRegisterSaleProduct(l.Id, l.ProductId, l.Quantity, l.Price, l.Tax, l.TaxId, FulfillmentTypeName(l.FulfillmentType))).ToList(),
        d.Payments.Select(p => new XRegisterSalePayment(p.Id, p.PaymentTypeId, p.Amount, Rfc3339(p.PaymentDate))).ToList());

    /// <summary>Voiding sends the whole sale back with its line and payment ids; voiding removes the payments.</summary>
    public static XRegisterSaleRequest ToVoidRequest(XSale s) => new(
        s.Id, s.RegisterId, s.UserId, s.CustomerId, Rfc3339(s.SaleDate), s.Note, s.Source, s.SourceId,
        StateName(SaleState.Voided), s.Attributes ?? [],
        (s.LineItems ?? []).Select(l => new XRegisterSaleProduct(l.Id, l.ProductId, l.Quantity, l.Price, l.Tax, l.TaxId ?? "", null)).ToList(),
        (s.Payments ?? []).Select(p => new XRegisterSalePayment(p.Id, p.RetailerPaymentTypeId, p.Amount, Rfc3339(p.PaymentDate))).ToList());

    public static SaleReceipt ToReceipt(XRegisterSaleResult r, SaleState requested) =>
        new(r.Id, r.InvoiceNumber, r.State is null ? requested : ParseState(r.State));

    public static SaleReceipt ToReceipt(PosSale s) => new(s.Id, s.InvoiceNumber, s.State);

    public static SaleState ParseState(string state) => Enum.Parse<SaleState>(state, ignoreCase: true);

    private static string StateName(SaleState state) => state.ToString().ToLowerInvariant();

    private static string? FulfillmentTypeName(FulfillmentType? type) => type?.ToString().ToUpperInvariant();

    private static string Rfc3339(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
