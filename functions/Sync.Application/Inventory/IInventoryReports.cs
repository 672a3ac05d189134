namespace Sync.Application.Inventory;

public interface IInventoryReports
{
    Task SaveAsync(InventoryReport report, CancellationToken cancellationToken);

    Task<InventoryReport?> LatestAsync(CancellationToken cancellationToken);
}
