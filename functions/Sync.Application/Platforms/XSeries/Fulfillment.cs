namespace Sync.Application.Platforms.XSeries;

public sealed record Fulfillment(string Id, string SaleId, string OutletId, FulfillmentType Type, FulfillmentState State, long Version, IReadOnlyList<FulfillmentLine> Lines);
