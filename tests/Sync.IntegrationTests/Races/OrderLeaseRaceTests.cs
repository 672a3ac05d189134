using Azure.Data.Tables;
using Sync.Application.Orders;
using Sync.Infrastructure.State;

namespace Sync.IntegrationTests.Races;

/// <summary>ORD-10's lease on a real Azurite while a run holds it longer than the lease lasts.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OrderLeaseRaceTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan LeaseFor = TimeSpan.FromSeconds(1.5);

    private OrderLeaseStore Leases() => new(new TableServiceClient(azurite.ConnectionString), TimeProvider.System);

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_a_run_that_holds_an_order_longer_than_its_lease_keeps_it_and_loses_it_once_it_stops_renewing()
    {
        var order = $"{Guid.NewGuid():N}";
        var lease = await Leases().TryAcquireAsync(order, LeaseFor, CancellationToken.None);
        Assert.NotNull(lease);
        var end = DateTime.UtcNow + 3 * LeaseFor;

        await using (var keeper = OrderLeaseKeeper.Start(Leases(), lease, LeaseFor, TimeProvider.System, CancellationToken.None))
        {
            while (DateTime.UtcNow < end)
            {
                Assert.Null(await Leases().TryAcquireAsync(order, LeaseFor, CancellationToken.None));
                await Task.Delay(100);
            }

            Assert.True(await keeper.ConfirmAsync());
        }

        await Eventually.HoldsAsync(
            async () => await Leases().TryAcquireAsync(order, LeaseFor, CancellationToken.None) is not null, "the stopped run's lease expired", 10);
    }

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_a_run_whose_lease_was_taken_over_can_neither_renew_nor_save_a_plan_nor_delete_the_new_holders_lease()
    {
        var order = $"{Guid.NewGuid():N}";
        var first = await Leases().TryAcquireAsync(order, TimeSpan.FromMilliseconds(200), CancellationToken.None);
        Assert.NotNull(first);
        OrderLease? second = null;
        await Eventually.HoldsAsync(
            async () => (second = await Leases().TryAcquireAsync(order, TimeSpan.FromMinutes(2), CancellationToken.None)) is not null, "the lease expired", 10);

        await using var keeper = OrderLeaseKeeper.Start(Leases(), first, LeaseFor, TimeProvider.System, CancellationToken.None);
        Assert.False(await keeper.ConfirmAsync());
        Assert.True(keeper.Token.IsCancellationRequested);
        Assert.False(await Leases().TrySavePlanAsync(first, [], CancellationToken.None));
        await Leases().CompleteAsync(first, CancellationToken.None);

        Assert.Null(await Leases().TryAcquireAsync(order, LeaseFor, CancellationToken.None));
        Assert.True(await Leases().RenewAsync(second!, LeaseFor, CancellationToken.None));
    }
}
