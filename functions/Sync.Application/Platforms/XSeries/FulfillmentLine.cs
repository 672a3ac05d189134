namespace Sync.Application.Platforms.XSeries;

public sealed record FulfillmentLine(string SaleLineItemId, string ProductId, decimal Quantity, decimal Picked, decimal Packed, decimal Fulfilled);
