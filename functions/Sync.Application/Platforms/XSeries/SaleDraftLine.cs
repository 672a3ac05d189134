namespace Sync.Application.Platforms.XSeries;

/// <summary>
/// Every line needs a tax id; a tax-free line uses the store's "No Tax" tax. An edit carries the <see cref="Id"/> of each
/// existing line: the 0.9 API creates a line posted without one anew.
/// </summary>
public sealed record SaleDraftLine(string ProductId, decimal Quantity, decimal Price, decimal Tax, string TaxId, FulfillmentType? FulfillmentType, string? Id = null);
