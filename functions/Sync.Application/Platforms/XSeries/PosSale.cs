namespace Sync.Application.Platforms.XSeries;

public sealed record PosSale(
    string Id,
    string OutletId,
    string RegisterId,
    string UserId,
    string? CustomerId,
    string? InvoiceNumber,
    string? SourceId,
    SaleState State,
    string? Status,
    IReadOnlyList<string> Attributes,
    string? Note,
    DateTimeOffset SaleDate,
    IReadOnlyList<SaleLine> Lines,
    IReadOnlyList<SalePayment> Payments,
    long Version);
