namespace Sync.Rules.Orders;

/// One outlet's share of an order: it becomes one POS fulfillment.
public sealed record OutletAllocation(string OutletId, IReadOnlyList<AllocatedLine> Lines);
