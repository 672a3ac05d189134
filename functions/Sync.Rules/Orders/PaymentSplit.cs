namespace Sync.Rules.Orders;

/// A split order's payment divided across its allocations by the value of the lines each holds.
public static class PaymentSplit
{
    /// Largest remainder in cents: the shares always add up to the amount exactly. Remainder ties go
    /// to the earlier allocation. Decision: if the lines carry no value, the shares are equal.
    public static IReadOnlyList<PaymentShare> Divide(
        decimal amount, IReadOnlyList<OutletAllocation> allocations, IReadOnlyDictionary<string, decimal> unitPriceByLine)
    {
        if (amount < 0 || allocations.Count == 0 || decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentException("A payment to split is whole cents, not negative, over at least one allocation.");
        }

        var values = allocations.Select(a => a.Lines.Sum(l => l.Quantity * unitPriceByLine[l.LineId])).ToList();
        var weights = values.Sum() > 0 ? values : allocations.Select(_ => 1m).ToList();
        var cents = amount * 100;
        var exact = weights.Select(w => cents * w / weights.Sum()).ToList();
        var floors = exact.Select(decimal.Floor).ToList();
        var extra = (int)(cents - floors.Sum());
        var bonus = exact.Select((e, i) => (Fraction: e - floors[i], Index: i))
            .OrderByDescending(x => x.Fraction).ThenBy(x => x.Index)
            .Take(extra).Select(x => x.Index).ToHashSet();

        return allocations.Select((a, i) => new PaymentShare(a.OutletId, (floors[i] + (bonus.Contains(i) ? 1 : 0)) / 100m)).ToList();
    }
}
