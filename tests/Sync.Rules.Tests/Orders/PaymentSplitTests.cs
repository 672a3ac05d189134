using Sync.Rules.Orders;

namespace Sync.Rules.Tests.Orders;

public class PaymentSplitTests
{
    private static OutletAllocation Outlet(string id, params (string Line, int Quantity)[] lines) =>
        new(id, lines.Select(l => new AllocatedLine(l.Line, "p", l.Quantity)).ToList());

    [Fact(DisplayName = "ORD-8: a split order's payment is divided by the value each outlet holds")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_a_split_payment_follows_the_allocated_value()
    {
        var prices = new Dictionary<string, decimal> { ["L1"] = 10m, ["L2"] = 30m };
        var shares = PaymentSplit.Divide(40m, [Outlet("a", ("L1", 1)), Outlet("b", ("L2", 1))], prices);
        Assert.Equal([new PaymentShare("a", 10m), new PaymentShare("b", 30m)], shares);
    }

    [Fact(DisplayName = "ORD-8: leftover cents go to the largest remainders, so the parts add up exactly")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_leftover_cents_go_to_the_largest_remainders()
    {
        var prices = new Dictionary<string, decimal> { ["L1"] = 1m, ["L2"] = 1m, ["L3"] = 1m };
        var shares = PaymentSplit.Divide(100m, [Outlet("a", ("L1", 1)), Outlet("b", ("L2", 1)), Outlet("c", ("L3", 1))], prices);
        Assert.Equal([33.34m, 33.33m, 33.33m], shares.Select(s => s.Amount));
    }

    [Property(DisplayName = "ORD-8: the parts of a split payment always sum to the total")]
    [Trait("Rule", "ORD-8")]
    public bool ORD8_split_payment_parts_sum_to_the_total(NonNegativeInt cents, PositiveInt q1, PositiveInt q2, NonNegativeInt p1, NonNegativeInt p2)
    {
        var prices = new Dictionary<string, decimal> { ["L1"] = p1.Get / 100m, ["L2"] = p2.Get / 100m };
        var total = cents.Get / 100m;
        var shares = PaymentSplit.Divide(total, [Outlet("a", ("L1", q1.Get)), Outlet("b", ("L2", q2.Get))], prices);
        return shares.Sum(s => s.Amount) == total && shares.All(s => s.Amount >= 0 && decimal.Round(s.Amount, 2) == s.Amount);
    }

    [Fact(DisplayName = "ORD-8: a payment that is not whole cents is refused")]
    [Trait("Rule", "ORD-8")]
    public void ORD8_refuses_fractions_of_a_cent() =>
        Assert.Throws<ArgumentException>(() => PaymentSplit.Divide(1.005m, [Outlet("a", ("L1", 1))], new Dictionary<string, decimal> { ["L1"] = 1m }));
}
