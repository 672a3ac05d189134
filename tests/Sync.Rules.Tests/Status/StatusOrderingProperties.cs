using FsCheck.Fluent;
using Sync.Rules.Orders;
using Sync.Rules.Status;
using static Sync.Rules.Tests.Status.Orders;

namespace Sync.Rules.Tests.Status;

/// ALL-1, ST-8, ST-12: webhooks arrive late, twice and out of order; the order still only moves forward.
public class StatusOrderingProperties
{
    private static readonly StatusChange[] AnyChange =
    [
        .. Enum.GetValues<EcomPaymentStatus>().Select(EcomPay),
        .. Enum.GetValues<EcomFulfillmentStatus>().Select(EcomFulfil),
        .. Enum.GetValues<PosFulfillmentState>().SelectMany(s => new[] { PosPart(s, "f1"), PosPart(s, "f2") }),
        .. Enum.GetValues<PosPaymentState>().Select(PosPay),
        .. Enum.GetValues<PosSaleState>().Select(PosSale),
    ];

    private static Arbitrary<(OrderKind Kind, bool Split, StatusChange[] Changes)> Histories() =>
        (from kind in Gen.Elements(OrderKind.Shipping, OrderKind.Pickup, OrderKind.LocalDelivery)
         from split in Gen.Elements(true, false)
         from length in Gen.Choose(0, 30)
         from changes in Gen.ArrayOf(Gen.Elements(AnyChange), length)
         select (kind, split, changes)).ToArbitrary();

    [Property(DisplayName = "ALL-1: reordered and duplicated status changes never move an order backwards", MaxTest = 500)]
    [Trait("Rule", "ALL-1")]
    [Trait("Rule", "ST-8")]
    public Property ALL1_reordered_and_duplicated_changes_never_move_an_order_backwards() =>
        Prop.ForAll(Histories(), history =>
        {
            var order = New(history.Kind, history.Split ? ["f1", "f2"] : ["f1"]);
            foreach (var change in history.Changes.Concat(history.Changes.Reverse()))
            {
                var before = Ranks(order);
                var decision = StatusTransitions.Decide(order, change);
                if (decision is StatusDecision.Ignored { RuleId: "ALL-1" or "ST-12" })
                {
                    continue;
                }

                if (order.IsLocked && decision is StatusDecision.Sync)
                {
                    return false;
                }

                // Advance and AfterWriting refuse (throw) any backward move.
                order = order.Advance(change);
                if (decision is StatusDecision.Sync sync)
                {
                    order = order.AfterWriting(sync.Writes);
                }

                if (Ranks(order).Zip(before).Any(r => r.First < r.Second))
                {
                    return false;
                }
            }

            return true;
        });

    private static int[] Ranks(OrderSyncState order) =>
    [
        StatusRank.Of(order.EcomPayment), StatusRank.Of(order.EcomFulfillment),
        StatusRank.Of(order.PosSale), StatusRank.Of(order.PosPayment),
        .. order.PosFulfillments.OrderBy(p => p.Key).Select(p => StatusRank.Of(p.Value)),
    ];
}
