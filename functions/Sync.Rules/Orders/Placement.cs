namespace Sync.Rules.Orders;

/// An ORD-8 allocation with the number of lines it had to split, to compare candidate outlet sets.
public sealed record Placement(AllocationResult Result, int SplitLines);
