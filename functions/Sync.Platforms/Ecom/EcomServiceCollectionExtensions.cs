using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sync.Application.Platforms.Ecom;
using Sync.Platforms.Http;

namespace Sync.Platforms.Ecom;

public static class EcomServiceCollectionExtensions
{
    /// <summary>The typed <see cref="IEcomClient"/> bound to section <c>Ecom</c>.</summary>
    public static IServiceCollection AddEcomClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EcomOptions>().Bind(configuration.GetSection(EcomOptions.Section));
        services.AddPlatformBasics();
        services.TryAddSingleton<EcomRateLimiter>();

        var client = services.AddHttpClient<IEcomClient, EcomClient>((sp, http) =>
        {
            var options = sp.GetRequiredService<IOptions<EcomOptions>>().Value;
            http.BaseAddress = options.BaseUrl;
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        });
        client.AddResilienceHandler("ecom", (pipeline, context) => PlatformPipeline.Configure(
            pipeline,
            context.ServiceProvider.GetRequiredService<EcomRateLimiter>().Limiter,
            context.ServiceProvider.GetRequiredService<IOptions<EcomOptions>>().Value.Retry,
            context.ServiceProvider.GetRequiredService<TimeProvider>()));
        client.AddHttpMessageHandler(sp => new CallMeteringHandler(sp.GetRequiredService<ApiCallMeter>(), "ecom"));
        return services;
    }
}
