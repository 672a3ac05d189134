using Microsoft.Extensions.DependencyInjection;
using Sync.Functions.Operations;
using Sync.Functions.Webhooks;

namespace Sync.Functions;

public static class FunctionServices
{
    /// <summary>What the function classes themselves share, for the Functions host and the dev host alike.</summary>
    public static IServiceCollection AddFunctionServices(this IServiceCollection services) =>
        services.AddSingleton<WebhookReceiver>()
            .AddHostedService<SettingsStartup>()
            .AddSingleton<Web.ConsoleGate>()
            .AddSingleton<Web.ApiBudget>()
            .AddHostedService(sp => sp.GetRequiredService<Web.ApiBudget>());
}
