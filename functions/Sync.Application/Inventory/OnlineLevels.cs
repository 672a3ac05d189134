using Sync.Application.Settings;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>The level eCom should show for one SKU, by <see cref="OnlineStockLevel"/> with the settings in force.</summary>
public sealed class OnlineLevels(RuntimeSettings runtime, OnlineOutlets outlets, IReservations reservations)
{
    /// <param name="notYetCounted">Reserved units the caller counts itself (INV-5: orders just taken in).</param>
    public async Task<OnlineStock> ComputeAsync(
        string sku, bool hasInventory, IReadOnlyList<OutletLevel> levels, int notYetCounted, CancellationToken cancellationToken)
    {
        var settings = await runtime.CurrentAsync(cancellationToken);
        var connected = await outlets.ConnectedAsync(settings, cancellationToken);
        var reserved = hasInventory ? await reservations.ReservedAsync(sku, cancellationToken) : 0;
        var buffers = new StockBuffers(settings.ProductBuffers.GetValueOrDefault(sku), settings.OutletBuffers);
        var stock = new ProductStock(hasInventory, levels, Math.Max(0, reserved - notYetCounted), buffers);
        return OnlineStockLevel.Compute(stock, connected);
    }
}
