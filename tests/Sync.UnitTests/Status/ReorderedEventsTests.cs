using Moq;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Status;

namespace Sync.UnitTests.Status;

/// <summary>
/// ALL-1: webhooks arrive late, twice and out of order. Each delivery here reads the platforms as they were when
/// it was sent (the worst case: a stale read), in a random order with repeats; the stored state and the writes
/// must only ever move forward.
/// </summary>
public sealed class ReorderedEventsTests
{
    private sealed record Snapshot(string Payment, string Fulfillment, FulfillmentState Part, SaleState Sale, bool Paid, int Returned);

    private static readonly Snapshot[] PickupLife =
    [
        new("AWAITING_PAYMENT", "AWAITING_PROCESSING", FulfillmentState.Open, SaleState.Pending, false, 0),
        new("AWAITING_PAYMENT", "PROCESSING", FulfillmentState.Open, SaleState.Pending, false, 0),
        new("AWAITING_PAYMENT", "PROCESSING", FulfillmentState.Started, SaleState.Pending, true, 0),
        new("PAID", "PROCESSING", FulfillmentState.Packed, SaleState.Pending, true, 0),
        new("PAID", "READY_FOR_PICKUP", FulfillmentState.Fulfilled, SaleState.Closed, true, 0),
        new("PAID", "DELIVERED", FulfillmentState.Fulfilled, SaleState.Closed, true, 1),
        new("PARTIALLY_REFUNDED", "DELIVERED", FulfillmentState.Fulfilled, SaleState.Closed, true, 2),
    ];

    private static readonly Snapshot[] CanceledLife =
    [
        new("AWAITING_PAYMENT", "AWAITING_PROCESSING", FulfillmentState.Open, SaleState.Pending, false, 0),
        new("PAID", "AWAITING_PROCESSING", FulfillmentState.Open, SaleState.Pending, false, 0),
        new("PAID", "PROCESSING", FulfillmentState.Picked, SaleState.Pending, true, 0),
        new("CANCELLED", "PROCESSING", FulfillmentState.Picked, SaleState.Pending, true, 0),
        new("CANCELLED", "WILL_NOT_DELIVER", FulfillmentState.Picked, SaleState.Voided, false, 0),
    ];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 25));

    [Theory, Trait("Rule", "ALL-1")]
    [MemberData(nameof(Seeds))]
    public async Task ALL1_reordered_and_repeated_status_webhooks_never_move_an_order_backwards(int seed)
    {
        var random = new Random(seed);
        var life = seed % 2 == 0 ? PickupLife : CanceledLife;
        var order = new StatusHarness("PICKUP");
        var writes = RecordWrites(order);
        var deliveries = Enumerable.Range(0, life.Length).Concat(Enumerable.Range(0, 8).Select(_ => random.Next(life.Length)))
            .OrderBy(_ => random.Next()).ToList();

        var before = Ranks(null);
        foreach (var index in deliveries)
        {
            Show(order, life[index]);
            await (random.Next(2) == 0 ? order.SaleUpdatedAsync() : order.EcomUpdatedAsync());
            var after = Ranks(order.Store[StatusHarness.OrderId]?.State);
            Assert.True(before.Zip(after).All(p => p.Second >= p.First), $"seed {seed}: moved back from [{string.Join(",", before)}] to [{string.Join(",", after)}] at snapshot {index}");
            before = after;
        }

        Assert.True(IsForwardOnly(writes.Payments.Select(s => StatusRank.Of(Enum.Parse<EcomPaymentStatus>(Pascal(s))))), $"seed {seed}: payment writes {string.Join(",", writes.Payments)}");
        Assert.True(IsForwardOnly(writes.Fulfillments.Select(s => StatusRank.Of(Enum.Parse<EcomFulfillmentStatus>(Pascal(s))))), $"seed {seed}: fulfillment writes {string.Join(",", writes.Fulfillments)}");
        Assert.True(IsForwardOnly(writes.Steps.Select(s => (int)s)), $"seed {seed}: fulfillment steps {string.Join(",", writes.Steps)}");
    }

    private sealed record Written(List<string> Payments, List<string> Fulfillments, List<FulfillmentStep> Steps);

    private static Written RecordWrites(StatusHarness order)
    {
        var written = new Written([], [], []);
        order.Ecom.Setup(e => e.UpdateOrderStatusAsync(StatusHarness.OrderId, It.IsAny<OrderStatusChange>(), It.IsAny<CancellationToken>()))
            .Callback((string _, OrderStatusChange c, CancellationToken _) =>
            {
                if (c.PaymentStatus is { } p) { written.Payments.Add(p); }
                if (c.FulfillmentStatus is { } f) { written.Fulfillments.Add(f); }
            })
            .ReturnsAsync(true);
        order.Pos.Setup(p => p.AdvanceFulfillmentAsync(It.IsAny<FulfillmentStep>(), It.IsAny<string>(), It.IsAny<long>(), It.IsAny<IReadOnlyList<FulfillmentQuantity>>(), It.IsAny<CancellationToken>()))
            .Callback((FulfillmentStep step, string _, long _, IReadOnlyList<FulfillmentQuantity> _, CancellationToken _) => written.Steps.Add(step))
            .ReturnsAsync(FulfillmentOutcome.Advanced(99));
        return written;
    }

    private static void Show(StatusHarness order, Snapshot s)
    {
        order.Order = order.Order with { PaymentStatus = s.Payment, FulfillmentStatus = s.Fulfillment };
        order.Sale = order.Sale with
        {
            State = s.Sale,
            Payments = s.Paid ? [new SalePayment("pay", "pt1", 20m, DateTimeOffset.UnixEpoch)] : [],
            Lines = [new SaleLine("l1", "p1", 2, 10m, 0m, "t0"), .. s.Returned > 0 ? [new SaleLine("r1", "p1", -s.Returned, 10m, 0m, "t0")] : Array.Empty<SaleLine>()],
        };
        order.Fulfillments = [order.Fulfillments[0] with { State = s.Part }];
    }

    private static int[] Ranks(OrderSyncState? s) => s is null ? [0, 0, 0, 0, 0] :
        [StatusRank.Of(s.EcomPayment), StatusRank.Of(s.EcomFulfillment), StatusRank.Of(s.PosSale), StatusRank.Of(s.PosPayment), StatusRank.Of(s.PosFulfillments.GetValueOrDefault("f1"))];

    private static bool IsForwardOnly(IEnumerable<int> ranks) => ranks.Zip(ranks.Skip(1)).All(p => p.Second > p.First);

    private static string Pascal(string wire) =>
        string.Concat(wire.Split('_').Select(w => w[..1] + w[1..].ToLowerInvariant()));
}
