namespace Sync.Application.Orders;

/// <summary>One POS sale recorded for an eCom order (a split order has one per outlet).</summary>
public sealed record SaleLink(string SaleId, string OutletId, string RegisterId);
