using Sync.Rules.Orders;
using static Sync.Rules.Tests.Orders.AllocationBuilder;

namespace Sync.Rules.Tests.Orders;

public class FulfillmentAllocationTests
{
    private static readonly Dictionary<string, string> CourierToNorth = new() { ["Courier"] = "north" };

    [Fact(DisplayName = "ORD-6: a shipping method tied to an outlet sends the whole order there")]
    [Trait("Rule", "ORD-6")]
    public void ORD6_a_mapped_shipping_method_sends_the_whole_order_to_its_outlet()
    {
        var stock = Stock(("north", [("tee", 5), ("cap", 5)]), ("web", [("tee", 9), ("cap", 9)]));
        var result = Allocate(Lines(("tee", 2), ("cap", 1)), stock, Settings(priority: ["web"], shipping: CourierToNorth), " courier ");
        Assert.Equal("north: L1x2, L2x1", Describe(result));
        Assert.Equal(("ORD-6", false, false), (result.RuleId, result.Split, result.Backorder));
    }

    [Fact(DisplayName = "ORD-6: the mapped outlet takes the order even when short, flagged as backorder")]
    [Trait("Rule", "ORD-6")]
    public void ORD6_a_short_mapped_outlet_still_takes_the_order_as_backorder()
    {
        var stock = Stock(("north", [("tee", 1)]), ("web", [("tee", 9)]));
        var result = Allocate(Lines(("tee", 3)), stock, Settings(shipping: CourierToNorth), "Courier");
        Assert.Equal("north: L1x3", Describe(result));
        Assert.True(result.Backorder);
    }

    [Fact(DisplayName = "ORD-6: a mapping to an outlet that is not connected is ignored")]
    [Trait("Rule", "ORD-6")]
    public void ORD6_a_mapping_to_an_unconnected_outlet_is_ignored()
    {
        var stock = Stock(("web", [("tee", 9)]));
        var result = Allocate(Lines(("tee", 3)), stock, Settings(shipping: new Dictionary<string, string> { ["Courier"] = "closed-shop" }), "Courier");
        Assert.Equal(("ORD-7", "web: L1x3"), (result.RuleId, Describe(result)));
    }

    [Fact(DisplayName = "ORD-7: one outlet that holds everything takes the whole order")]
    [Trait("Rule", "ORD-7")]
    public void ORD7_one_outlet_holding_everything_takes_the_order()
    {
        var stock = Stock(("north", [("tee", 5)]), ("south", [("tee", 5), ("cap", 1)]));
        var result = Allocate(Lines(("tee", 2), ("cap", 1)), stock, Settings());
        Assert.Equal(("ORD-7", "south: L1x2, L2x1", false), (result.RuleId, Describe(result), result.Split));
    }

    [Fact(DisplayName = "ORD-7: ties go to the configured priority first")]
    [Trait("Rule", "ORD-7")]
    public void ORD7_ties_are_broken_by_configured_priority()
    {
        var stock = Stock(("a", [("tee", 5)]), ("b", [("tee", 5)]), ("web", [("tee", 5)]));
        Assert.Equal("b: L1x1", Describe(Allocate(Lines(("tee", 1)), stock, Settings(priority: ["b", "a"]))));
    }

    [Fact(DisplayName = "ORD-7: without priority, ties go to the online register's outlet")]
    [Trait("Rule", "ORD-7")]
    public void ORD7_then_ties_go_to_the_online_register_outlet()
    {
        var stock = Stock(("a", [("tee", 5)]), ("web", [("tee", 5)]));
        Assert.Equal("web: L1x1", Describe(Allocate(Lines(("tee", 1)), stock, Settings())));
    }

    [Fact(DisplayName = "ORD-7: then ties go to the lowest outlet id")]
    [Trait("Rule", "ORD-7")]
    public void ORD7_then_ties_go_to_the_lowest_outlet_id()
    {
        var stock = Stock(("b", [("tee", 5)]), ("a", [("tee", 5)]), ("web", []));
        Assert.Equal("a: L1x1", Describe(Allocate(Lines(("tee", 1)), stock, Settings())));
    }

    [Fact(DisplayName = "ORD-8: with no outlet holding everything, the order splits across as few outlets as possible")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_the_order_splits_across_the_fewest_outlets()
    {
        var stock = Stock(
            ("a", [("tee", 1)]), ("b", [("cap", 1)]), ("c", [("sock", 1)]),
            ("d", [("tee", 1), ("cap", 1)]), ("web", [("sock", 1)]));
        var result = Allocate(Lines(("tee", 1), ("cap", 1), ("sock", 1)), stock, Settings());
        Assert.Equal(("ORD-8", true, false), (result.RuleId, result.Split, result.Backorder));
        Assert.Equal("web: L3x1 | d: L1x1, L2x1", Describe(result));
    }

    [Fact(DisplayName = "ORD-8: a line stays whole when one outlet holds its quantity")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_lines_stay_whole_where_possible()
    {
        var stock = Stock(("a", [("tee", 2), ("cap", 1)]), ("b", [("tee", 3)]));
        var result = Allocate(Lines(("tee", 3), ("cap", 1)), stock, Settings(priority: ["a", "b"]));
        Assert.Equal("a: L2x1 | b: L1x3", Describe(result));
    }

    [Fact(DisplayName = "ORD-8: a line splits only when no outlet holds its quantity")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_a_line_splits_only_when_no_outlet_holds_it()
    {
        var stock = Stock(("a", [("tee", 2)]), ("b", [("tee", 3)]));
        var result = Allocate(Lines(("tee", 4)), stock, Settings(priority: ["a", "b"]));
        Assert.Equal("a: L1x1 | b: L1x3", Describe(result));
        Assert.False(result.Backorder);
    }

    [Fact(DisplayName = "ORD-8: quantity no outlet holds goes to the highest-priority outlet, flagged for review")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_unheld_quantity_goes_to_the_highest_priority_outlet_for_review()
    {
        var stock = Stock(("a", [("tee", 1)]), ("b", [("cap", 1)]));
        var result = Allocate(Lines(("tee", 3), ("cap", 1)), stock, Settings(priority: ["b", "a"]));
        Assert.Equal("b: L1x2, L2x1 | a: L1x1", Describe(result));
        Assert.True(result.Backorder);
    }

    [Fact(DisplayName = "ORD-8: an order nothing of which is held goes whole to the highest-ranked outlet, for review")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_an_order_held_nowhere_goes_to_the_highest_ranked_outlet()
    {
        var result = Allocate(Lines(("tee", 1)), Stock(("a", []), ("web", [])), Settings());
        Assert.Equal(("web: L1x1", true), (Describe(result), result.Backorder));
    }

    [Fact(DisplayName = "ORD-8: fewest outlets comes before whole lines")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_fewest_outlets_take_precedence_over_whole_lines()
    {
        // {y, z} covers everything by splitting the tees; keeping them whole at x would need three outlets.
        var stock = Stock(("x", [("tee", 5)]), ("y", [("tee", 3), ("cap", 5)]), ("z", [("tee", 2), ("sock", 5)]));
        var result = Allocate(Lines(("tee", 5), ("cap", 5), ("sock", 5)), stock, Settings());
        Assert.Equal("y: L1x3, L2x5 | z: L1x2, L3x5", Describe(result));
    }

    [Fact(DisplayName = "ORD-8: an order needs lines with positive quantities")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_refuses_an_order_without_positive_lines() =>
        Assert.Throws<ArgumentException>(() => Allocate(Lines(("tee", 0)), Stock(("web", [("tee", 1)])), Settings()));
}
