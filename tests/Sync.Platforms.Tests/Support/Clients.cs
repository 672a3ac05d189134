using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms;
using Sync.Platforms.Ecom;
using Sync.Platforms.XSeries;
using Sync.Simulators.Ecwid;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.Support;

/// <summary>Real DI wiring of the clients, pointed at a simulator, with short back-off so tests run fast.</summary>
internal static class Clients
{
    public static ServiceProvider ForXSeries(XSeriesSimulator sim, IDictionary<string, string?>? extra = null, IOAuthTokenStore? tokens = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["XSeries:BaseUrl"] = sim.BaseUrl.ToString(),
            ["XSeries:DomainPrefix"] = sim.DomainPrefix,
            ["XSeries:PersonalToken"] = "personal-token",
            ["XSeries:Retry:BaseDelay"] = "00:00:00.050",
        };
        return Build(settings, extra, services =>
        {
            if (tokens is not null)
            {
                services.AddSingleton(tokens);
            }
            services.AddXSeriesClient(Configuration(settings, extra));
        });
    }

    public static ServiceProvider ForEcom(EcwidSimulator sim, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ecom:BaseUrl"] = sim.BaseUrl.ToString(),
            ["Ecom:StoreId"] = sim.StoreId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ecom:AccessToken"] = "secret_token",
            ["Ecom:Retry:BaseDelay"] = "00:00:00.050",
        };
        return Build(settings, extra, services => services.AddEcomClient(Configuration(settings, extra)));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, IDictionary<string, string?>? extra, Action<IServiceCollection> add)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        add(services);
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings, IDictionary<string, string?>? extra) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).AddInMemoryCollection(extra ?? new Dictionary<string, string?>()).Build();
}
