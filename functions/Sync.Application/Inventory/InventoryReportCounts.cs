namespace Sync.Application.Inventory;

public sealed record InventoryReportCounts(int Unmatched, int Ambiguous, int Unconfirmed);
