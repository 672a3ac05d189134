using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Webhooks;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.XSeries;

/// <summary>The registration use case (behind the CLI and <c>/api/ops/webhooks</c>) against the simulator.</summary>
public sealed class WebhookSubscriptionTests : IAsyncLifetime
{
    private static readonly Uri App = new("https://sync.example");
    private XSeriesSimulator sim = null!;
    private ServiceProvider services = null!;
    private XSeriesWebhookSubscriptions subscriptions = null!;

    public async Task InitializeAsync()
    {
        sim = await XSeriesSimulator.StartAsync();
        services = Clients.ForXSeries(sim);
        subscriptions = new XSeriesWebhookSubscriptions(services.GetRequiredService<IXSeriesClient>());
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await sim.DisposeAsync();
    }

    [Fact]
    public async Task The_three_types_are_registered_once_with_the_key_in_their_urls_listed_without_it_and_removed()
    {
        var first = await subscriptions.RegisterAsync(App, "the-key", default);
        var second = await subscriptions.RegisterAsync(App, "the-key", default);
        var listed = await subscriptions.ListAsync(default);

        Assert.Equal(["inventory.update", "product.update", "sale.update"], first);
        Assert.Empty(second);
        Assert.Equal(3, sim.Requests.Count("POST /api/2.0/webhooks"));
        Assert.All(listed, t => Assert.Equal($"https://sync.example/api/webhooks/xseries/{t.Type}?code=***", Assert.Single(t.Urls)));
        Assert.All((await services.GetRequiredService<IXSeriesClient>().GetWebhooksAsync(default)),
            h => Assert.Equal($"https://sync.example/api/webhooks/xseries/{h.Type}?code=the-key", h.Url.ToString()));

        sim.RegisterWebhook("sale.update", new Uri("https://someone-else.example/hook"));
        Assert.Equal(3, await subscriptions.RemoveAsync(App, default));
        Assert.Equal(["https://someone-else.example/hook"], (await subscriptions.ListAsync(default)).SelectMany(t => t.Urls));
    }
}
