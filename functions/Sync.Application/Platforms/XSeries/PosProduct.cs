namespace Sync.Application.Platforms.XSeries;

public sealed record PosProduct(string Id, string Sku, string Name, bool Active, bool HasInventory, string? VariantParentId, long Version);
