namespace Sync.Platforms.XSeries.Wire;

/// <summary>The schema requires none of a sale's fields: lists and a version may be absent.</summary>
internal sealed record XSale(
    string Id,
    string OutletId,
    string RegisterId,
    string UserId,
    string? CustomerId,
    string? InvoiceNumber,
    string? Source,
    string? SourceId,
    string? State,
    string? Status,
    string? Note,
    DateTimeOffset SaleDate,
    IReadOnlyList<XSaleLineItem>? LineItems,
    IReadOnlyList<XSalePayment>? Payments,
    IReadOnlyList<string>? Attributes,
    long? Version);

internal sealed record XSaleLineItem(string Id, string ProductId, decimal Quantity, decimal Price, decimal Tax, string? TaxId, string? Status);

internal sealed record XSalePayment(string Id, string RetailerPaymentTypeId, decimal Amount, DateTimeOffset PaymentDate);

/// <summary>A search hit: the document leaves its shape open, so only what finds the sale is read, and the sale is re-read.</summary>
internal sealed record XSearchHit(string? Id, string? SourceId);
