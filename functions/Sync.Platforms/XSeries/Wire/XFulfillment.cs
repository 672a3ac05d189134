namespace Sync.Platforms.XSeries.Wire;

/// <summary>2.0 beta. Ids are numeric strings and line quantities decimal strings (<c>"2.00"</c>).</summary>
internal sealed record XFulfillment(string Id, string SaleId, string OutletId, string Type, string State, long Version, IReadOnlyList<XFulfillmentLine> LineItems);

internal sealed record XFulfillmentLine(string SaleLineItemId, string ProductId, string Quantity, string PickedQuantity, string PackedQuantity, string FulfilledQuantity);

/// <summary>The OpenAPI types the request's quantity as a number, unlike the list's strings.</summary>
internal sealed record XFulfillmentAction(long Version, IReadOnlyList<XFulfillmentActionLine> LineItems);

internal sealed record XFulfillmentActionLine(string SaleLineItemId, decimal Quantity);

/// <summary>The answer's <c>version</c> is optional in the schema.</summary>
internal sealed record XFulfillmentVersion(string? Id, long? Version);

internal sealed record XFulfillSale(string SaleId);
