using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Sync.Application.Audit;
using Sync.Application.Customers;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Infrastructure.State;

namespace Sync.IntegrationTests.Races;

/// <summary>CUS-1/CUS-3 under real concurrency: the claim on a normalised email in <c>SyncCustomers</c> on a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CustomerClaimRaceTests(AzuriteFixture azurite)
{
    private TableServiceClient Tables => new(azurite.ConnectionString);

    [Fact]
    [Trait("Rule", "CUS-3")]
    public async Task CUS3_two_orders_from_one_new_email_resolved_at_once_create_one_POS_customer()
    {
        var pos = new PosCustomers(searchers: 2).Serve();
        var email = $"new-{Guid.NewGuid():N}@example.com";

        var ids = await Task.WhenAll(
            Task.Run(() => Resolver(pos).ResolveAsync(Order("1001", email), Cause, CancellationToken.None)),
            Task.Run(() => Resolver(pos).ResolveAsync(Order("1002", "  " + email.ToUpperInvariant()), Cause, CancellationToken.None)));

        var created = Assert.Single(pos.Created);
        Assert.All(ids, id => Assert.Equal(created.Id, id));
    }

    [Fact]
    [Trait("Rule", "CUS-1")]
    public async Task CUS1_a_claim_left_by_a_run_that_crashed_after_creating_the_customer_is_taken_over_and_finds_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var pos = new PosCustomers(searchers: 1).Serve();
        var email = $"crash-{Guid.NewGuid():N}@example.com";
        var cache = new CustomerCacheStore(Tables);
        var options = new CustomerClaimOptions();
        Assert.True(await cache.TryClaimAsync(email, null, clock.GetUtcNow() + options.ClaimFor, CancellationToken.None));
        var createdBeforeCrash = await pos.Client.Object.CreateCustomerAsync(new("Jane", "Doe", email, null), CancellationToken.None);

        clock.Advance(options.ClaimFor + TimeSpan.FromSeconds(1));
        var id = await Resolver(pos, clock).ResolveAsync(Order("1003", email), Cause, CancellationToken.None);

        Assert.Equal(createdBeforeCrash.Id, id);
        Assert.Single(pos.Created);
        Assert.Equal(id, (await cache.FindAsync(email, CancellationToken.None))?.CustomerId);
    }

    [Fact]
    [Trait("Rule", "CUS-1")]
    public async Task CUS1_a_run_that_waits_longer_than_its_bound_for_a_live_claim_fails_its_delivery_and_creates_nothing()
    {
        var pos = new PosCustomers(searchers: 1).Serve();
        var email = $"held-{Guid.NewGuid():N}@example.com";
        var options = new CustomerClaimOptions { WaitFor = TimeSpan.FromMilliseconds(300), PollEvery = TimeSpan.FromMilliseconds(50) };
        Assert.True(await new CustomerCacheStore(Tables).TryClaimAsync(email, null, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));

        var resolver = new CustomerResolver(pos.Client.Object, new CustomerCacheStore(Tables), Mock.Of<IAuditLog>(), Options.Create(options),
            TimeProvider.System, NullLogger<CustomerResolver>.Instance);
        await Assert.ThrowsAsync<InvalidOperationException>(() => resolver.ResolveAsync(Order("1004", email), Cause, CancellationToken.None));

        Assert.Empty(pos.Created);
        Assert.Equal(0, pos.Searches);
    }

    private static readonly SyncCause Cause = new("ecom-race", "corr-race");

    private CustomerResolver Resolver(PosCustomers pos, TimeProvider? clock = null) =>
        new(pos.Client.Object, new CustomerCacheStore(Tables), Mock.Of<IAuditLog>(), Options.Create(new CustomerClaimOptions()), clock ?? TimeProvider.System,
            NullLogger<CustomerResolver>.Instance);

    internal static EcomOrder Order(string number, string email) =>
        new(number, email, "Jane Doe", 10m, "PAID", "Stripe", null, "AWAITING_PROCESSING", "Courier", "SHIPPING", false, false,
            [new EcomOrderItem(0, null, "A", 1, 10m, "A")], DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
}
