using FsCheck.Fluent;
using Sync.Rules.Orders;

namespace Sync.Rules.Tests.Orders;

/// ORD-6..ORD-8 for any order: what must always hold, checked against an independent brute force.
public class FulfillmentAllocationProperties
{
    [Property(DisplayName = "ORD-8: every line's quantity is allocated exactly, mapped or not", MaxTest = 300)]
    [Trait("Rule", "ORD-8")]
    [Trait("Rule", "ORD-6")]
    public Property ORD8_quantities_are_conserved_per_line() =>
        Prop.ForAll(AllocationCase.Arbitrary(uniqueProducts: false, withMapping: true), order =>
        {
            var result = order.Allocate(shippingMethod: order.Lines.Count % 2 == 0 ? "Courier" : null);
            var given = result.Allocations.SelectMany(a => a.Lines).GroupBy(l => l.LineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
            return order.Lines.All(l => given.GetValueOrDefault(l.LineId) == l.Quantity) && given.Count == order.Lines.Count;
        });

    [Property(DisplayName = "ORD-8: no outlet is given more than it holds unless the order is flagged backorder", MaxTest = 300)]
    [Trait("Rule", "ORD-8")]
    [Trait("Rule", "ORD-6")]
    public Property ORD8_no_outlet_is_given_more_than_it_holds_unless_flagged() =>
        Prop.ForAll(AllocationCase.Arbitrary(uniqueProducts: false, withMapping: true), order =>
        {
            var result = order.Allocate(shippingMethod: order.Lines.Count % 2 == 0 ? "Courier" : null);
            var overGiven = result.Allocations.Any(a => a.Lines.GroupBy(l => l.ProductId)
                .Any(g => g.Sum(l => l.Quantity) > order.Held(a.OutletId, g.Key)));
            return !overGiven || result.Backorder;
        });

    [Property(DisplayName = "ORD-7: the best-ranked outlet holding everything takes the whole order whenever one exists", MaxTest = 300)]
    [Trait("Rule", "ORD-7")]
    public Property ORD7_a_whole_order_outlet_is_chosen_whenever_one_exists() =>
        Prop.ForAll(AllocationCase.Arbitrary(uniqueProducts: false), order =>
        {
            var holdsAll = order.Outlets.Where(o => order.Need.All(n => order.Held(o, n.Key) >= n.Value));
            var expected = holdsAll
                .OrderBy(o => order.Settings.OutletPriority.Contains(o) ? order.Settings.OutletPriority.ToList().IndexOf(o) : int.MaxValue)
                .ThenBy(o => o == order.Settings.OnlineRegisterOutletId ? 0 : 1)
                .ThenBy(o => o, StringComparer.Ordinal)
                .FirstOrDefault();
            var result = order.Allocate();
            return expected is null
                ? result.RuleId == "ORD-8"
                : result.RuleId == "ORD-7" && result.Allocations.Single().OutletId == expected && !result.Backorder;
        });

    [Property(DisplayName = "ORD-8: the fewest outlets are used (brute force over every outlet set)", MaxTest = 300)]
    [Trait("Rule", "ORD-8")]
    public Property ORD8_the_fewest_outlets_are_used() =>
        Prop.ForAll(AllocationCase.Arbitrary(uniqueProducts: false), order =>
        {
            var result = order.Allocate();
            return result.Allocations.Count == Math.Max(1, BruteForceFewestOutlets(order))
                && result.Allocations.All(a => a.Lines.Count > 0);
        });

    [Property(DisplayName = "ORD-8: a line is split only when no outlet the order went to holds its quantity", MaxTest = 300)]
    [Trait("Rule", "ORD-8")]
    public Property ORD8_lines_stay_whole_where_possible() =>
        Prop.ForAll(AllocationCase.Arbitrary(uniqueProducts: true), order =>
        {
            var result = order.Allocate();
            var outlets = result.Allocations.Select(a => a.OutletId).ToList();
            var split = order.Lines.Where(l => result.Allocations.Count(a => a.Lines.Any(x => x.LineId == l.LineId)) > 1);
            return split.All(l => outlets.All(o => order.Held(o, l.ProductId) < l.Quantity));
        });

    [Property(DisplayName = "ORD-8: an order is flagged backorder exactly when the connected outlets together lack stock", MaxTest = 300)]
    [Trait("Rule", "ORD-8")]
    public Property ORD8_backorder_exactly_when_stock_is_short() =>
        Prop.ForAll(AllocationCase.Arbitrary(uniqueProducts: false), order =>
            order.Allocate().Backorder == order.Need.Any(n => order.Outlets.Sum(o => order.Held(o, n.Key)) < n.Value));

    // Smallest outlet set that holds, per product, all the connected outlets hold of what is needed.
    private static int BruteForceFewestOutlets(AllocationCase order)
    {
        var outlets = order.Outlets;
        var target = order.Need.ToDictionary(n => n.Key, n => Math.Min(n.Value, outlets.Sum(o => order.Held(o, n.Key))));
        return Enumerable.Range(0, 1 << outlets.Count)
            .Select(mask => outlets.Where((_, i) => (mask & (1 << i)) != 0).ToList())
            .Where(set => target.All(t => set.Sum(o => order.Held(o, t.Key)) >= t.Value))
            .Min(set => set.Count);
    }
}
