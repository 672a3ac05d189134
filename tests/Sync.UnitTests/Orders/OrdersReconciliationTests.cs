using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Processing;

namespace Sync.UnitTests.Orders;

public sealed class OrdersReconciliationTests
{
    private readonly OrderHarness harness = new();
    private readonly Mock<IReadCursors> watermark = new();

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task ALL1_placed_orders_updated_since_the_watermark_less_the_overlap_are_synced_and_the_watermark_advances()
    {
        var since = harness.Clock.GetUtcNow().AddHours(-1);
        watermark.Setup(w => w.GetAsync(OrdersReconciliation.Watermark, It.IsAny<CancellationToken>())).ReturnsAsync(since.ToUnixTimeMilliseconds());
        var placed = OrderHarness.Order("XK45J");
        var abandoned = OrderHarness.Order("B8HGD", paymentStatus: "INCOMPLETE");
        harness.Ecom.Setup(e => e.GetOrdersUpdatedSinceAsync(since - harness.Options.Value.ReconcileOverlap, It.IsAny<CancellationToken>()))
            .Returns(new[] { placed, abandoned }.ToAsyncEnumerable());

        var synced = await Reconciliation().ReconcileAsync(CancellationToken.None);

        Assert.Equal(1, synced);
        Assert.Equal("XK45J", Assert.Single(harness.Sales).SourceId);
        watermark.Verify(w => w.SetAsync(OrdersReconciliation.Watermark, harness.Clock.GetUtcNow().ToUnixTimeMilliseconds(), It.IsAny<CancellationToken>()));
    }

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_the_reconcile_skips_an_order_whose_link_is_complete()
    {
        harness.Link = new OrderLink("XK45J", "SHIPPING", [new SaleLink("s0", "o1", "r1")], true, harness.Clock.GetUtcNow());
        harness.Ecom.Setup(e => e.GetOrdersUpdatedSinceAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns(new[] { OrderHarness.Order("XK45J") }.ToAsyncEnumerable());

        Assert.Equal(0, await Reconciliation().ReconcileAsync(CancellationToken.None));
        Assert.Empty(harness.Sales);
    }

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task ALL1_an_order_that_fails_does_not_stop_the_others_and_keeps_the_watermark_for_the_next_run()
    {
        harness.Ecom.Setup(e => e.GetOrdersUpdatedSinceAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Returns(new[] { OrderHarness.Order("XK45J", lines: [("UNKNOWN", 1, 1m)]), OrderHarness.Order("B8HGD") }.ToAsyncEnumerable());
        harness.Links.Setup(l => l.ForOrderAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((OrderLink?)null);

        await Assert.ThrowsAsync<AggregateException>(() => Reconciliation().ReconcileAsync(CancellationToken.None));

        Assert.Equal("B8HGD", Assert.Single(harness.Sales).SourceId);
        watermark.Verify(w => w.SetAsync(It.IsAny<string>(), It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private OrdersReconciliation Reconciliation() => new(
        harness.Ecom.Object, harness.Links.Object, harness.Sync(), watermark.Object, harness.Options, harness.Clock, NullLogger<OrdersReconciliation>.Instance);
}
