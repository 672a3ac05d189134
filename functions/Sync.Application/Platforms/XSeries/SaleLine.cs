namespace Sync.Application.Platforms.XSeries;

public sealed record SaleLine(string Id, string ProductId, decimal Quantity, decimal Price, decimal Tax, string TaxId);
