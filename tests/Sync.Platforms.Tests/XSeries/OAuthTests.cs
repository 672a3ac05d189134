using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.XSeries;

public sealed class OAuthTests
{
    [Fact]
    public async Task A_rejected_access_token_is_refreshed_once_for_many_concurrent_calls_and_the_rotated_pair_is_saved()
    {
        await using var sim = await XSeriesSimulator.StartAsync();
        sim.SeedDemoStore();
        var store = new InMemoryTokenStore();
        var (access, refresh) = sim.IssueOAuthTokens();
        await store.TrySaveAsync(new OAuthTokens(access, refresh, DateTimeOffset.UtcNow.AddHours(20)), null, default);
        await using var services = Clients.ForXSeries(sim, new Dictionary<string, string?>
        {
            ["XSeries:PersonalToken"] = null,
            ["XSeries:ClientId"] = "client-id",
            ["XSeries:ClientSecret"] = "client-secret",
        }, store);
        var client = services.GetRequiredService<IXSeriesClient>();
        await client.GetOutletsAsync(default);
        sim.ExpireAccessTokens();

        var reads = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetOutletsAsync(default)));

        Assert.All(reads, r => Assert.Equal(3, r.Count));
        Assert.Equal(1, sim.TokenRefreshes);
        var saved = (await store.GetAsync(default))!.Tokens;
        Assert.NotEqual(refresh, saved.RefreshToken);
        Assert.DoesNotContain(saved.AccessToken, saved.ToString());
    }

    [Fact]
    public async Task An_access_token_near_its_expiry_is_refreshed_before_use()
    {
        await using var sim = await XSeriesSimulator.StartAsync();
        sim.SeedDemoStore();
        var store = new InMemoryTokenStore();
        var (access, refresh) = sim.IssueOAuthTokens();
        await store.TrySaveAsync(new OAuthTokens(access, refresh, DateTimeOffset.UtcNow.AddMinutes(1)), null, default);
        await using var services = Clients.ForXSeries(sim, new Dictionary<string, string?>
        {
            ["XSeries:ClientId"] = "client-id",
            ["XSeries:ClientSecret"] = "client-secret",
        }, store);

        await services.GetRequiredService<IXSeriesClient>().GetRegistersAsync(default);

        Assert.Equal(1, sim.TokenRefreshes);
        Assert.Equal(0, sim.Requests.CountStatus(401));
    }
}
