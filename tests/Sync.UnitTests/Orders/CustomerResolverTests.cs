using Moq;
using Sync.Application.Customers;
using Sync.Application.Audit;
using Sync.Application.Orders;
using Sync.Application.Platforms.XSeries;

namespace Sync.UnitTests.Orders;

public sealed class CustomerResolverTests
{
    private static readonly SyncCause Cause = new("ecom-evt", "corr");
    private readonly OrderHarness harness = new();

    [Fact]
    [Trait("Rule", "CUS-1")]
    public async Task CUS1_the_order_email_is_matched_trimmed_and_case_insensitively_and_the_match_is_cached()
    {
        harness.Pos.Setup(p => p.FindCustomersByEmailAsync("jane@example.com", It.IsAny<CancellationToken>()))
            .ReturnsAsync([new PosCustomer("c1", "Jane", "Doe", "Jane@Example.com")]);

        var id = await harness.Customers().ResolveAsync(OrderHarness.Order(email: "  JANE@example.COM "), Cause, CancellationToken.None);

        Assert.Equal("c1", id);
        harness.CustomerCache.Verify(c => c.RememberAsync("jane@example.com", "c1", It.IsAny<CancellationToken>()));
    }

    [Fact]
    [Trait("Rule", "CUS-1")]
    public async Task CUS1_a_cached_email_costs_no_POS_search()
    {
        harness.CustomerCache.Setup(c => c.FindAsync("jane@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(new CustomerEntry("c7", default, "v1"));

        Assert.Equal("c7", await harness.Customers().ResolveAsync(OrderHarness.Order(), Cause, CancellationToken.None));
        harness.Pos.Verify(p => p.FindCustomersByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    [Trait("Rule", "CUS-1")]
    public async Task CUS1_of_several_exact_matches_the_newest_live_profile_is_assigned()
    {
        var day = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        harness.Pos.Setup(p => p.FindCustomersByEmailAsync("jane@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new PosCustomer("old", "Jane", "Doe", "jane@example.com", day),
            new PosCustomer("newest-deleted", "Jane", "Doe", "jane@example.com", day.AddDays(30), day.AddDays(31)),
            new PosCustomer("newest-live", "Jane", "Doe", "JANE@example.com", day.AddDays(10)),
        ]);

        Assert.Equal("newest-live", await harness.Customers().ResolveAsync(OrderHarness.Order(), Cause, CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "CUS-2")]
    public async Task CUS2_a_profile_with_the_email_but_another_name_is_assigned_and_not_changed()
    {
        harness.Pos.Setup(p => p.FindCustomersByEmailAsync("jane@example.com", It.IsAny<CancellationToken>()))
            .ReturnsAsync([new PosCustomer("c1", "Janet", "Smith", "jane@example.com")]);

        Assert.Equal("c1", await harness.Customers().ResolveAsync(OrderHarness.Order(name: "Jane Doe"), Cause, CancellationToken.None));
        harness.Pos.Verify(p => p.CreateCustomerAsync(It.IsAny<NewCustomer>(), It.IsAny<CancellationToken>()), Times.Never);
        harness.Audit.VerifyNoOtherCalls();
    }

    [Fact]
    [Trait("Rule", "CUS-3")]
    public async Task CUS3_no_matching_profile_creates_one_from_the_order_email_and_name_and_audits_it()
    {
        Assert.Equal("c-new", await harness.Customers().ResolveAsync(OrderHarness.Order(name: "Mary Ann Smith"), Cause, CancellationToken.None));

        harness.Pos.Verify(p => p.CreateCustomerAsync(new NewCustomer("Mary Ann", "Smith", "jane@example.com", null), It.IsAny<CancellationToken>()));
        harness.Audit.Verify(a => a.WriteAsync(It.Is<AuditEntry>(e => e.Action == "pos.customer.created" && e.RuleId == "CUS-3"), It.IsAny<CancellationToken>()));
        harness.CustomerCache.Verify(c => c.RememberAsync("jane@example.com", "c-new", It.IsAny<CancellationToken>()));
    }

    [Fact]
    [Trait("Rule", "CUS-4")]
    public async Task CUS4_an_order_without_a_name_creates_a_customer_named_by_the_email()
    {
        await harness.Customers().ResolveAsync(OrderHarness.Order(name: null), Cause, CancellationToken.None);

        harness.Pos.Verify(p => p.CreateCustomerAsync(new NewCustomer("jane@example.com", "-", "jane@example.com", null), It.IsAny<CancellationToken>()));
    }

    [Fact]
    [Trait("Rule", "CUS-5")]
    public async Task CUS5_an_order_without_an_email_is_synced_with_no_customer()
    {
        await harness.SyncAsync(OrderHarness.Order(email: " "));

        Assert.Null(Assert.Single(harness.Sales).CustomerId);
        harness.Pos.Verify(p => p.FindCustomersByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        harness.Pos.Verify(p => p.CreateCustomerAsync(It.IsAny<NewCustomer>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
