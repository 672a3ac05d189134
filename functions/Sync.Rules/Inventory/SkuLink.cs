namespace Sync.Rules.Inventory;

/// A catalogue link: one POS product and one eCom item with the same SKU.
public sealed record SkuLink(string Sku, PosProduct Pos, EcomItem Ecom);
