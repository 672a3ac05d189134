using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Sync.Application.Audit;
using Sync.Application.Customers;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.XSeries;

/// <summary>CUS-1 through the real client and the simulator's loose search.</summary>
public sealed class CustomerMatchingTests : IAsyncLifetime
{
    private XSeriesSimulator sim = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        sim = await XSeriesSimulator.StartAsync();
        services = Clients.ForXSeries(sim);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await sim.DisposeAsync();
    }

    [Fact]
    [Trait("Rule", "CUS-1")]
    public async Task CUS1_of_four_matching_profiles_the_newest_live_exact_match_is_chosen()
    {
        var now = DateTimeOffset.UtcNow;
        sim.AddCustomer("Jane", "Oldest", "jane@example.com", now.AddDays(-300));
        var chosen = sim.AddCustomer("Jane", "Newer", " JANE@example.com", now.AddDays(-30));
        sim.DeleteCustomer(sim.AddCustomer("Jane", "Deleted", "jane@example.com", now.AddDays(-2)).Id);
        sim.AddCustomer("Mary", "Decoy", "mary.jane@example.com", now.AddDays(-1));
        var cache = new Mock<ICustomerCache>();
        cache.Setup(c => c.TryClaimAsync(It.IsAny<string>(), null, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var resolver = new CustomerResolver(services.GetRequiredService<IXSeriesClient>(), cache.Object, Mock.Of<IAuditLog>(),
            Options.Create(new CustomerClaimOptions()), TimeProvider.System, NullLogger<CustomerResolver>.Instance);
        var order = new EcomOrder("ORDER-7001", "Jane@Example.com", "Jane Doe", 10m, "PAID", "Card", null, "AWAITING_PROCESSING", null, "SHIPPING", false, false, [],
            now, now);

        var customerId = await resolver.ResolveAsync(order, new SyncCause("evt", "corr"), default);

        Assert.Equal(4, sim.Customers.Count(c => c.Email?.Contains("jane", StringComparison.OrdinalIgnoreCase) == true));
        Assert.Equal(chosen.Id, customerId);
        Assert.Equal(4, sim.Customers.Count);
    }
}
