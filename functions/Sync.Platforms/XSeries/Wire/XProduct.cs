namespace Sync.Platforms.XSeries.Wire;

internal sealed record XProduct(string Id, string Sku, string Name, bool Active, bool HasInventory, string? VariantParentId, long Version);

// The OpenAPI shows no version on an inventory row, platforms.md does; the pager relies on the page's version range. (unsure)
internal sealed record XInventory(string ProductId, string OutletId, decimal? InventoryLevel, long Version);
