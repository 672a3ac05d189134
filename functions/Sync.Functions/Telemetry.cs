using Azure.Identity;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Sync.Functions;

internal static class Telemetry
{
    /// <summary>
    /// Application Insights through the worker's own package. Ingestion is authenticated with the app's
    /// identity when <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> names one (infra turns local auth off).
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
        if (ClientId(configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]) is { } clientId)
        {
            services.Configure<TelemetryConfiguration>(c => c.SetAzureTokenCredential(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))));
        }

        return services;
    }

    private static string? ClientId(string? authentication) =>
        authentication?.Split(';')
            .Select(part => part.Split('=', 2))
            .FirstOrDefault(pair => pair.Length == 2 && pair[0].Trim().Equals("ClientId", StringComparison.OrdinalIgnoreCase))?[1]
            .Trim();
}
