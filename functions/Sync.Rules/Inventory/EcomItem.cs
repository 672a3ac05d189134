namespace Sync.Rules.Inventory;

/// An eCom product, or one of its combinations (variations) when CombinationId is set.
public sealed record EcomItem(string ProductId, string? CombinationId, string? Sku);
