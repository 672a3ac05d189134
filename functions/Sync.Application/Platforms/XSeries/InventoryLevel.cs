namespace Sync.Application.Platforms.XSeries;

public sealed record InventoryLevel(string ProductId, string OutletId, decimal Level, long Version);
