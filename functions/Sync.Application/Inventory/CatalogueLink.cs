namespace Sync.Application.Inventory;

/// <summary>
/// A SKU's two ends: the POS product and the eCom product, or one combination of it.
/// <see cref="HasInventory"/> is POS's <c>has_inventory</c> as last read (INV-6).
/// </summary>
public sealed record CatalogueLink(string Sku, string PosProductId, long EcomProductId, long? EcomCombinationId, bool HasInventory)
{
    /// <summary>The audit entity of the eCom item this link writes to.</summary>
    public string EcomEntityKey => EcomCombinationId is { } combination
        ? $"ecom:combination:{EcomProductId}-{combination}"
        : $"ecom:product:{EcomProductId}";
}
