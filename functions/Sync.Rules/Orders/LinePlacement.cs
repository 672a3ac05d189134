namespace Sync.Rules.Orders;

/// ORD-8 within a chosen set of outlets (ranked): keep each line whole where possible; split a line
/// only when no outlet of the set still holds its quantity; what no outlet holds goes to the set's
/// highest-ranked outlet and flags the order for review.
/// Decision: "highest-priority outlet" means within the chosen set, so the shortfall adds no outlet.
/// Decision: larger lines are placed first (they are the hardest to keep whole); a whole line goes to
/// the best-ranked outlet that holds it; a split line takes from the outlets holding most first.
public static class LinePlacement
{
    public static Placement Place(AllocationRequest order, IReadOnlyList<string> rankedOutlets)
    {
        var left = rankedOutlets.ToDictionary(o => o, o => OrderNeeds.ByProduct(order.Lines)
            .ToDictionary(n => n.Key, n => order.Stock.Held(o, n.Key)));
        var given = rankedOutlets.ToDictionary(o => o, _ => new Dictionary<string, int>());
        var (splitLines, backorder) = (0, false);

        foreach (var line in order.Lines.OrderByDescending(l => l.Quantity))
        {
            var sources = TakeWhole(line, rankedOutlets, left) ?? TakeLargestFirst(line, rankedOutlets, left);
            var shortfall = line.Quantity - sources.Sum(s => s.Quantity);
            if (shortfall > 0)
            {
                sources.Add((rankedOutlets[0], shortfall));
                backorder = true;
            }

            foreach (var (outletId, quantity) in sources)
            {
                given[outletId][line.LineId] = given[outletId].GetValueOrDefault(line.LineId) + quantity;
            }

            splitLines += sources.Select(s => s.OutletId).Distinct().Count() > 1 ? 1 : 0;
        }

        var allocations = rankedOutlets.Select(o => new OutletAllocation(o, order.Lines
            .Where(l => given[o].ContainsKey(l.LineId))
            .Select(l => new AllocatedLine(l.LineId, l.ProductId, given[o][l.LineId]))
            .ToList())).ToList();
        return new Placement(new AllocationResult(allocations, backorder, "ORD-8"), splitLines);
    }

    private static List<(string OutletId, int Quantity)>? TakeWhole(
        OrderLine line, IReadOnlyList<string> rankedOutlets, Dictionary<string, Dictionary<string, int>> left)
    {
        var outletId = rankedOutlets.FirstOrDefault(o => left[o][line.ProductId] >= line.Quantity);
        if (outletId is null)
        {
            return null;
        }

        left[outletId][line.ProductId] -= line.Quantity;
        return [(outletId, line.Quantity)];
    }

    private static List<(string OutletId, int Quantity)> TakeLargestFirst(
        OrderLine line, IReadOnlyList<string> rankedOutlets, Dictionary<string, Dictionary<string, int>> left)
    {
        var taken = new List<(string, int)>();
        var wanted = line.Quantity;
        foreach (var outletId in rankedOutlets.OrderByDescending(o => left[o][line.ProductId]))
        {
            var take = Math.Min(wanted, left[outletId][line.ProductId]);
            if (take == 0)
            {
                break;
            }

            left[outletId][line.ProductId] -= take;
            wanted -= take;
            taken.Add((outletId, take));
        }

        return taken;
    }
}
