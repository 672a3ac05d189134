using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries.Auth;

namespace Sync.Platforms.XSeries;

public static class XSeriesServiceCollectionExtensions
{
    /// <summary>
    /// The typed <see cref="IXSeriesClient"/> bound to section <c>XSeries</c>. With <c>ClientId</c> set it uses OAuth
    /// and needs an <c>IOAuthTokenStore</c> registered; otherwise <c>PersonalToken</c>.
    /// </summary>
    public static IServiceCollection AddXSeriesClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<XSeriesOptions>().Bind(configuration.GetSection(XSeriesOptions.Section));
        services.AddPlatformBasics();
        services.TryAddSingleton<XSeriesRateLimiter>();
        services.TryAddSingleton<IXSeriesAccessTokens>(sp => sp.GetRequiredService<IOptions<XSeriesOptions>>().Value switch
        {
            { UsesOAuth: true } => ActivatorUtilities.CreateInstance<OAuthTokenSource>(sp),
            var o => new PersonalToken(o.PersonalToken ?? throw new InvalidOperationException("XSeries:PersonalToken or XSeries:ClientId must be set.")),
        });
        services.AddTransient<XSeriesAuthHandler>();

        services.AddHttpClient<XSeriesTokenEndpoint>(ConfigureBase)
            .AddHttpMessageHandler(sp => new CallMeteringHandler(sp.GetRequiredService<ApiCallMeter>(), "xseries"));

        var client = services.AddHttpClient<IXSeriesClient, XSeriesClient>(ConfigureBase)
            .AddHttpMessageHandler<XSeriesAuthHandler>();
        client.AddResilienceHandler("xseries", (pipeline, context) => PlatformPipeline.Configure(
                pipeline,
                context.ServiceProvider.GetRequiredService<XSeriesRateLimiter>().Limiter,
                context.ServiceProvider.GetRequiredService<IOptions<XSeriesOptions>>().Value.Retry,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));
        client.AddHttpMessageHandler(sp => new CallMeteringHandler(sp.GetRequiredService<ApiCallMeter>(), "xseries"));
        return services;
    }

    private static void ConfigureBase(IServiceProvider services, HttpClient http) =>
        http.BaseAddress = services.GetRequiredService<IOptions<XSeriesOptions>>().Value.ResolveBaseUrl();
}
