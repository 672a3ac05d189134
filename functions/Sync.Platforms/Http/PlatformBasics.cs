using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Sync.Platforms.Http;

internal static class PlatformBasics
{
    public static IServiceCollection AddPlatformBasics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApiCallMeter>();
        return services;
    }
}
