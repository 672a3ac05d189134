using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Sync.Application.Orders;
using Sync.Application.Platforms.XSeries;
using Sync.Infrastructure.State;
using Sync.Rules.Notifications;

namespace Sync.IntegrationTests.Orders;

/// <summary>The order sync's own tables on a real Azurite: leases, the customer cache, notifications, the watermark.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OrderStateStoreTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    private TableServiceClient Tables => new(azurite.ConnectionString);

    [Fact]
    [Trait("Rule", "ORD-10")]
    public async Task ORD10_one_run_at_a_time_holds_an_order_and_a_run_taking_over_an_expired_lease_gets_the_stored_plan()
    {
        var leases = new OrderLeaseStore(Tables, clock);
        var order = $"#{Guid.NewGuid():N}";
        var plan = new[]
        {
            new SaleDraft("r1", "u1", "c1", clock.GetUtcNow(), SaleDraft.OnlineSource, $"{order}-1", SaleState.Pending, ["pickup"], "note",
                [new SaleDraftLine("p1", 2, 9.99m, 0, "no-tax", FulfillmentType.Pickup)], [new SaleDraftPayment("pt", 19.98m, clock.GetUtcNow())]),
        };

        var first = await leases.TryAcquireAsync(order, TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await leases.TryAcquireAsync(order, TimeSpan.FromMinutes(2), CancellationToken.None));
        Assert.True(await leases.TrySavePlanAsync(first, plan, CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(3));
        var second = await leases.TryAcquireAsync(order, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.NotNull(second);
        Assert.Equivalent(plan, second.Plan, strict: true);
        Assert.False(await leases.TrySavePlanAsync(first, plan, CancellationToken.None));
        await leases.ReleaseAsync(second, CancellationToken.None);
        var third = await leases.TryAcquireAsync(order, TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.NotNull(third?.Plan);
        await leases.CompleteAsync(third, CancellationToken.None);
        Assert.Null((await leases.TryAcquireAsync(order, TimeSpan.FromMinutes(2), CancellationToken.None))?.Plan);
    }

    [Fact]
    [Trait("Rule", "CUS-1")]
    public async Task CUS1_the_customer_cache_keys_on_the_normalised_email_even_with_reserved_characters()
    {
        var cache = new CustomerCacheStore(Tables);
        var email = $"a/b#c?{Guid.NewGuid():N}@example.com";

        Assert.Null(await cache.FindAsync(email, CancellationToken.None));
        await cache.RememberAsync(email, "c1", CancellationToken.None);

        Assert.Equal("c1", (await cache.FindAsync(email, CancellationToken.None))?.CustomerId);
    }

    [Fact]
    [Trait("Rule", "NOT-2")]
    public async Task NOT2_notifications_are_kept_per_outlet_once_per_fulfillment_newest_first()
    {
        var store = new NotificationStore(Tables);
        var (a, b) = ($"o-{Guid.NewGuid():N}", $"o-{Guid.NewGuid():N}");
        OrderNotification For(string fulfillment, string outlet) => new("1001", fulfillment, outlet, new Uri($"https://shop.example/{fulfillment}"));

        await store.SaveAsync([For("1", a), For("2", b)], clock.GetUtcNow(), CancellationToken.None);
        await store.SaveAsync([For("3", a)], clock.GetUtcNow().AddSeconds(1), CancellationToken.None);
        await store.SaveAsync([For("1", a)], clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["3", "1"], (await store.ForOutletsAsync(new HashSet<string> { a }, CancellationToken.None)).Select(n => n.FulfillmentId));
        Assert.Equal(3, (await store.ForOutletsAsync(new HashSet<string> { a, b }, CancellationToken.None)).Count);
    }

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task ALL1_the_orders_watermark_round_trips()
    {
        var watermark = new ReadCursorStore(Tables);
        var at = new DateTimeOffset(2026, 11, 29, 10, 11, 12, 345, TimeSpan.Zero);

        await watermark.SetAsync(OrdersReconciliation.Watermark, at.ToUnixTimeMilliseconds(), CancellationToken.None);

        Assert.Equal(at, DateTimeOffset.FromUnixTimeMilliseconds((await watermark.GetAsync(OrdersReconciliation.Watermark, CancellationToken.None))!.Value));
    }
}
