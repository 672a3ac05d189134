namespace Sync.Rules.Orders;

/// ORD-8: no outlet holds everything, so split across as few outlets as possible.
/// Decision: exhaustive search by size (1, 2, …) over the connected outlets that hold any ordered
/// product: the first size at which some set holds all that the connected outlets hold together is the
/// minimum. Among sets of that size, the one that splits the fewest lines wins, then the best ranked.
/// Outlets are few (typically ≤ 10), so the search is small.
public static class SplitAcrossOutlets
{
    public static AllocationResult Allocate(AllocationRequest order, OutletRanking ranking)
    {
        var need = OrderNeeds.ByProduct(order.Lines);
        var candidates = ranking.Order(order.Connected.Ids.Where(o => need.Keys.Any(p => order.Stock.Held(o, p) > 0)));
        var coverable = need.ToDictionary(
            n => n.Key, n => Math.Min(n.Value, candidates.Sum(o => order.Stock.Held(o, n.Key))));

        for (var size = 1; size <= candidates.Count; size++)
        {
            var best = OutletSubsets.OfSize(candidates, size)
                .Where(set => coverable.All(c => set.Sum(o => order.Stock.Held(o, c.Key)) >= c.Value))
                .Select(set => LinePlacement.Place(order, set))
                .MinBy(placement => placement.SplitLines);
            if (best is not null)
            {
                return best.Result;
            }
        }

        // Nothing ordered is held anywhere: the highest-ranked connected outlet takes it all, for review.
        return LinePlacement.Place(order, [ranking.Order(order.Connected.Ids)[0]]).Result;
    }
}
