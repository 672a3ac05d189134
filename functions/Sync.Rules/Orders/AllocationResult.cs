namespace Sync.Rules.Orders;

/// Where an order goes. Split: more than one outlet (ORD-8). Backorder: some outlet was given more than
/// it holds, so staff must review the order (ORD-6 short, or ORD-8 quantity no outlet holds).
public sealed record AllocationResult(IReadOnlyList<OutletAllocation> Allocations, bool Backorder, string RuleId)
{
    public bool Split => Allocations.Count > 1;
}
