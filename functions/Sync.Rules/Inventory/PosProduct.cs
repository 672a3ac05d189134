namespace Sync.Rules.Inventory;

/// A POS product (a variant has its own SKU), as far as SKU matching needs it.
public sealed record PosProduct(string Id, string? Sku, bool HasInventory, bool Active);
