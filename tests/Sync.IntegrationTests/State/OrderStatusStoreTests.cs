using Azure.Data.Tables;
using Sync.Application.Status;
using Sync.Infrastructure.State;
using Sync.Rules.Orders;
using Sync.Rules.Status;

namespace Sync.IntegrationTests.State;

[Collection(AzuriteCollection.Name)]
public sealed class OrderStatusStoreTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private OrderStatusStore Store => new(new TableServiceClient(azurite.ConnectionString));

    private static StoredOrderStatus NewStatus(string number) => new(number,
        new OrderSyncState(OrderKind.Pickup, EcomPaymentStatus.Paid, EcomFulfillmentStatus.ReadyForPickup, PosSaleState.Pending, PosPaymentState.Paid,
            new Dictionary<string, PosFulfillmentState> { ["f/1"] = PosFulfillmentState.Packed, ["f2"] = PosFulfillmentState.Open },
            new LastWritten([new StatusChange.EcomFulfillment(EcomFulfillmentStatus.ReadyForPickup)], [new StatusChange.AllPosFulfillments(PosFulfillmentState.Fulfilled), new StatusChange.PosRefundReview()])),
        [new PendingWrite(new StatusChange.PosFulfillment("f/1", PosFulfillmentState.Packed), "ST-3", "evt#1", DateTimeOffset.UnixEpoch)],
        null);

    [Fact, Trait("Rule", "ST-12")]
    public async Task An_order_status_round_trips_with_what_was_written_and_is_pending()
    {
        var number = $"{Random.Shared.NextInt64(1_000_000, 9_999_999)}/x";
        var status = NewStatus(number);

        Assert.True(await Store.TrySaveAsync(status, None));
        var read = await Store.GetAsync(number, None);

        Assert.NotNull(read?.Version);
        Assert.Equal(status.State.PosFulfillments, read.State.PosFulfillments);
        Assert.Equal(status.State.Written.ToEcom, read.State.Written.ToEcom);
        Assert.Equal(status.State.Written.ToPos, read.State.Written.ToPos);
        Assert.Equal(status.Pending, read.Pending);
        Assert.Equal(status.State with { PosFulfillments = read.State.PosFulfillments, Written = read.State.Written }, read.State);
    }

    [Fact, Trait("Rule", "ALL-1")]
    public async Task A_second_first_save_and_a_save_from_a_stale_read_are_refused_so_no_update_is_lost()
    {
        var number = $"{Random.Shared.NextInt64(1_000_000, 9_999_999)}";
        Assert.True(await Store.TrySaveAsync(NewStatus(number), None));
        Assert.False(await Store.TrySaveAsync(NewStatus(number), None));

        var read = (await Store.GetAsync(number, None))!;
        var locked = read with { State = read.State with { EcomPayment = EcomPaymentStatus.Cancelled } };
        Assert.True(await Store.TrySaveAsync(locked, None));
        Assert.False(await Store.TrySaveAsync(read with { Pending = [] }, None));

        Assert.True((await Store.GetAsync(number, None))!.State.IsLocked);
        Assert.DoesNotContain(number, await Store.OpenOrdersAsync(None).ToListAsync());
    }
}
