namespace Sync.Application.Inventory;

/// <summary>INV-8, INV-5: the last level this service wrote to (or found in step in) eCom, per SKU.</summary>
public interface IWrittenLevels
{
    Task<WrittenLevel?> GetAsync(string sku, CancellationToken cancellationToken);

    Task SetAsync(string sku, WrittenLevel level, CancellationToken cancellationToken);
}
