namespace Sync.Rules.Orders;

/// One line of an eCom order, its product already resolved to the POS product by SKU.
public sealed record OrderLine(string LineId, string ProductId, int Quantity);
