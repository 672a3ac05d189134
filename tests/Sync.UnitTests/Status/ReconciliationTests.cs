using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Status;

namespace Sync.UnitTests.Status;

/// <summary>ALL-1: a lost webhook costs latency, never correctness.</summary>
public sealed class ReconciliationTests
{
    [Fact, Trait("Rule", "ALL-1")]
    public async Task ALL1_a_pos_change_whose_webhook_was_lost_reaches_ecom_on_reconciliation()
    {
        var order = new StatusHarness("PICKUP").Known(s => s);
        order.Ecom.Setup(e => e.GetOrdersUpdatedSinceAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).Returns(AsyncEnumerable.Empty<EcomOrder>());
        order.SetFulfillment("f1", FulfillmentState.Packed);

        await Reconciliation(order).RunAsync(CancellationToken.None);

        order.VerifyEcomWrite(null, "READY_FOR_PICKUP");
    }

    [Fact, Trait("Rule", "ALL-1")]
    public async Task ALL1_an_ecom_change_to_an_order_never_seen_before_reaches_pos_on_reconciliation()
    {
        var order = new StatusHarness("DELIVERY");
        order.Order = order.Order with { FulfillmentStatus = "OUT_FOR_DELIVERY" };
        order.Ecom.Setup(e => e.GetOrdersUpdatedSinceAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).Returns(new[] { order.Order }.ToAsyncEnumerable());

        await Reconciliation(order).RunAsync(CancellationToken.None);

        order.Pos.Verify(p => p.FulfillSaleAsync(StatusHarness.SaleId, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact, Trait("Rule", "ALL-1")]
    public async Task ALL1_an_order_in_step_costs_reads_and_no_write()
    {
        var order = new StatusHarness().Known(s => s);
        order.Ecom.Setup(e => e.GetOrdersUpdatedSinceAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).Returns(new[] { order.Order }.ToAsyncEnumerable());
        var saves = order.Store.Saves;

        await Reconciliation(order).RunAsync(CancellationToken.None);

        order.VerifyNoEcomWrites();
        order.VerifyNoPosWrites();
        Assert.Equal(saves, order.Store.Saves);
    }

    private static StatusReconciliation Reconciliation(StatusHarness order) =>
        new(order.Store, order.Ecom.Object, order.Sync, order.Clock, NullLogger<StatusReconciliation>.Instance);
}
