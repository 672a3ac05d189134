namespace Sync.Application.Platforms.XSeries;

/// <summary>The whole sale as written: an edit that omits a line deletes it.</summary>
public sealed record SaleDraft(
    string RegisterId,
    string UserId,
    string? CustomerId,
    DateTimeOffset SaleDate,
    string Source,
    string SourceId,
    SaleState State,
    IReadOnlyList<string> Attributes,
    string? Note,
    IReadOnlyList<SaleDraftLine> Lines,
    IReadOnlyList<SaleDraftPayment> Payments)
{
    /// <summary>The <c>source</c> of every sale the sync records: the one value that marks an online sale.</summary>
    public const string OnlineSource = "ECOM";

    /// <summary>An edit of <paramref name="sale"/> that keeps every line and payment (by id) and adds <paramref name="added"/>.</summary>
    public static SaleDraft Editing(PosSale sale, params SaleDraftPayment[] added) => new(
        sale.RegisterId, sale.UserId, sale.CustomerId, sale.SaleDate, OnlineSource, sale.SourceId ?? "", sale.State, sale.Attributes, sale.Note,
        sale.Lines.Select(l => new SaleDraftLine(l.ProductId, l.Quantity, l.Price, l.Tax, l.TaxId, null, l.Id)).ToList(),
        [.. sale.Payments.Select(p => new SaleDraftPayment(p.PaymentTypeId, p.Amount, p.PaymentDate, p.Id)), .. added]);
}
