using Sync.Application.Settings;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>The level eCom should show for one SKU, by <see cref="OnlineStockLevel"/> with the settings in force.</summary>
public sealed class OnlineLevels(RuntimeSettings runtime, OnlineOutlets outlets)
{
    /// <param name="reserved">Units of eCom orders not yet recorded in POS (INV-7).</param>
    public async Task<ComputedLevel> ComputeAsync(
        string sku, bool hasInventory, IReadOnlyList<OutletLevel> levels, int reserved, CancellationToken cancellationToken)
    {
        var settings = await runtime.CurrentAsync(cancellationToken);
        var connected = await outlets.ConnectedAsync(settings, cancellationToken);
        if (StockRead.Gap(hasInventory, levels, connected) is { } gap)
        {
            return new ComputedLevel(null, gap);
        }

        var buffers = new StockBuffers(settings.ProductBuffers.GetValueOrDefault(sku), settings.OutletBuffers);
        return new ComputedLevel(OnlineStockLevel.Compute(new ProductStock(hasInventory, levels, Math.Max(0, reserved), buffers), connected), null);
    }
}
