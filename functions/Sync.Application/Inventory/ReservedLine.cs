namespace Sync.Application.Inventory;

public sealed record ReservedLine(string Sku, int Quantity);
