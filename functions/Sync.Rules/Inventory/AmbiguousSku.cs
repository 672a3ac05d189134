namespace Sync.Rules.Inventory;

/// A SKU held by more than one item on at least one side: reported, never guessed (INV-6).
public sealed record AmbiguousSku(string Sku, IReadOnlyList<PosProduct> Pos, IReadOnlyList<EcomItem> Ecom);
