namespace Sync.Application.Platforms.XSeries;

public sealed record FulfillmentQuantity(string SaleLineItemId, decimal Quantity);
