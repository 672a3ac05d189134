namespace Sync.Application.Platforms.XSeries;

/// <summary>Every line needs a tax id; a tax-free line uses the store's "No Tax" tax.</summary>
public sealed record SaleDraftLine(string ProductId, decimal Quantity, decimal Price, decimal Tax, string TaxId, FulfillmentType? FulfillmentType);
