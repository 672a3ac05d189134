namespace Sync.Platforms.XSeries.Wire;

/// <summary>Only <c>handle</c>, <c>name</c> and <c>sku</c> are required by the schema; <c>has_inventory</c> is read as the vendor's default (true) when absent.</summary>
internal sealed record XProduct(string Id, string Sku, string Name, bool? Active, bool? HasInventory, string? VariantParentId, long? Version);

/// <summary>The schema requires nothing here and has no row <c>version</c> (its examples do): a row's level must be present.</summary>
internal sealed record XInventory(string? ProductId, string? OutletId, decimal? InventoryLevel, long? Version);
