namespace Sync.Rules.Inventory;

/// Decision: SKUs match trimmed and case-insensitively (merchants retype SKUs in two admin panels);
/// a blank SKU matches nothing.
public static class SkuKey
{
    public static string? Of(string? sku) =>
        string.IsNullOrWhiteSpace(sku) ? null : sku.Trim().ToUpperInvariant();
}
