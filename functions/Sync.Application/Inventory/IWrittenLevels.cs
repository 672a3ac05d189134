namespace Sync.Application.Inventory;

/// <summary>INV-8, INV-5: the last level this service wrote to (or found in step in) eCom, per SKU.</summary>
public interface IWrittenLevels
{
    Task<WrittenLevel?> GetAsync(string sku, CancellationToken cancellationToken);

    /// <summary>
    /// Records <paramref name="level"/> if the SKU's record is still <paramref name="seen"/> (null: none); false when another
    /// writer recorded a level since, so this writer's eCom write may have landed after a newer one.
    /// </summary>
    Task<bool> TrySetAsync(string sku, WrittenLevel level, WrittenLevel? seen, CancellationToken cancellationToken);

    /// <summary>Forgets what was written, so the next flush or reconcile writes the level it computes whatever eCom shows.</summary>
    Task ForgetAsync(string sku, CancellationToken cancellationToken);
}
