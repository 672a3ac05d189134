using Sync.Rules.Status;

namespace Sync.Rules.Tests.Status;

/// Every row of the status table, each case named by its rule ID. Reasons are prose, so not compared.
public class StatusTransitionTests
{
    [Theory(DisplayName = "eCom → POS")]
    [Trait("Rule", "ST-1")]
    [Trait("Rule", "ST-2")]
    [Trait("Rule", "ST-3")]
    [Trait("Rule", "ST-4")]
    [Trait("Rule", "ST-5")]
    [Trait("Rule", "ST-7")]
    [Trait("Rule", "ST-8")]
    [Trait("Rule", "ST-9")]
    [MemberData(nameof(StatusTransitionCases.EcomToPos), MemberType = typeof(StatusTransitionCases))]
    public void An_ecom_change_decides_as_its_rule_says(StatusCase expected) => Check(expected);

    [Theory(DisplayName = "POS → eCom")]
    [Trait("Rule", "ST-1")]
    [Trait("Rule", "ST-3")]
    [Trait("Rule", "ST-4")]
    [Trait("Rule", "ST-6")]
    [Trait("Rule", "ST-7")]
    [Trait("Rule", "ST-8")]
    [Trait("Rule", "ST-9")]
    [Trait("Rule", "ST-11")]
    [MemberData(nameof(StatusTransitionCases.PosToEcom), MemberType = typeof(StatusTransitionCases))]
    public void A_pos_change_decides_as_its_rule_says(StatusCase expected) => Check(expected);

    [Theory(DisplayName = "Guards")]
    [Trait("Rule", "ST-12")]
    [Trait("Rule", "ALL-1")]
    [MemberData(nameof(StatusTransitionCases.Guards), MemberType = typeof(StatusTransitionCases))]
    public void A_guard_refuses_what_must_not_sync(StatusCase expected) => Check(expected);

    [Fact(DisplayName = "ST-1..ST-11: every rule with a status row is in the table")]
    [Trait("Rule", "ST-1")]
    public void ST1_to_ST11_every_status_rule_has_rows_in_the_table() =>
        Assert.Equal(
            ["ST-1", "ST-11", "ST-2", "ST-3", "ST-4", "ST-5", "ST-6", "ST-7", "ST-8", "ST-9"],
            StatusTable.Rows.Select(r => r.Decision.RuleId).Distinct().Order(StringComparer.Ordinal));

    [Fact(DisplayName = "ST-1: every change that can move an order forward finds a row, for every kind of order")]
    [Trait("Rule", "ST-1")]
    public void ST1_the_table_decides_every_forward_change()
    {
        var changes = Enum.GetValues<EcomPaymentStatus>().Select(Orders.EcomPay)
            .Concat(Enum.GetValues<EcomFulfillmentStatus>().Select(Orders.EcomFulfil))
            .Concat(Enum.GetValues<PosFulfillmentState>().Select(s => Orders.PosPart(s)))
            .Concat(Enum.GetValues<PosPaymentState>().Select(Orders.PosPay))
            .Concat(Enum.GetValues<PosSaleState>().Select(Orders.PosSale));
        var orders = Enum.GetValues<Rules.Orders.OrderKind>()
            .Select(kind => Orders.New(kind) with { PosSale = PosSaleState.Parked });
        foreach (var (order, change) in orders.SelectMany(o => changes.Select(c => (o, c))))
        {
            Assert.NotNull(StatusTransitions.Decide(order, change));
        }
    }

    [Fact(DisplayName = "ST-12: a write is never mistaken for a change seen on a platform")]
    [Trait("Rule", "ST-12")]
    public void ST12_writes_are_refused_as_changes() =>
        Assert.Throws<ArgumentException>(() => StatusTransitions.Decide(Orders.New(Rules.Orders.OrderKind.Shipping), Orders.AllPosParts(PosFulfillmentState.Fulfilled)));

    [Fact(DisplayName = "ALL-1: an order refuses to be moved backwards")]
    [Trait("Rule", "ALL-1")]
    public void ALL1_recording_a_backward_status_is_refused() =>
        Assert.Throws<InvalidOperationException>(() =>
            (Orders.New(Rules.Orders.OrderKind.Shipping) with { EcomFulfillment = EcomFulfillmentStatus.Delivered })
                .Advance(Orders.EcomFulfil(EcomFulfillmentStatus.Processing)));

    private static void Check(StatusCase expected)
    {
        var actual = StatusTransitions.Decide(expected.Order, expected.Change);
        Assert.Equal(
            (expected.Expected.GetType().Name, expected.Expected.RuleId, Writes(expected.Expected)),
            (actual.GetType().Name, actual.RuleId, Writes(actual)));
    }

    private static string Writes(StatusDecision decision) =>
        decision is StatusDecision.Sync sync ? string.Join(", ", sync.Writes) : "";
}
