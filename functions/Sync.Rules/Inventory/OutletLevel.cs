namespace Sync.Rules.Inventory;

/// One POS inventory row: a product's level in one outlet (decimal, as POS reports it).
public sealed record OutletLevel(string OutletId, decimal Level);
