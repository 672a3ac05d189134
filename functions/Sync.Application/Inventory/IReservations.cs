namespace Sync.Application.Inventory;

/// <summary>
/// INV-7: quantities of eCom orders accepted but not yet recorded as POS sales, by SKU. Accepting an
/// order reserves (idempotent per order and SKU); recording its sales releases.
/// </summary>
public interface IReservations
{
    Task ReserveAsync(string orderNumber, IReadOnlyList<ReservedLine> lines, CancellationToken cancellationToken);

    Task ReleaseAsync(string orderNumber, CancellationToken cancellationToken);

    Task<int> ReservedAsync(string sku, CancellationToken cancellationToken);

    Task<bool> HoldsAsync(string orderNumber, CancellationToken cancellationToken);
}
