namespace Sync.Application.Inventory;

/// <summary>INV-8: POS products changed since their last flush (one marker per product).</summary>
public interface IDirtyMarks
{
    /// <summary>
    /// Marks the product; true when the caller must schedule its flush: the marker is new, or older than
    /// <paramref name="staleAfter"/> (its flush was lost).
    /// </summary>
    Task<bool> TryMarkAsync(string posProductId, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken);

    Task ClearAsync(string posProductId, CancellationToken cancellationToken);
}
