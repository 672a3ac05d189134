namespace Sync.Application.Platforms.XSeries;

public sealed record SaleReceipt(string SaleId, string? InvoiceNumber, SaleState State);
