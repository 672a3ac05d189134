using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Processing;

namespace Sync.Application.Settings;

public static class SettingsServices
{
    /// <summary>Runtime settings, their validation (ALL-5) and the gate every sync handler registered so far passes first.</summary>
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddSingleton<RuntimeSettings>();
        services.AddSingleton<SyncReadiness>();
        services.AddScoped<SettingsValidator>();
        services.AddScoped<SettingsEditor>();
        services.AddScoped<SettingsSeeding>();
        services.AddScoped<StoreSetup>();
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i] is { ServiceType: var type, ImplementationType: { } handler } && type == typeof(IEventHandler))
            {
                services[i] = ServiceDescriptor.Singleton<IEventHandler>(sp =>
                    new SettingsGatedHandler((IEventHandler)ActivatorUtilities.CreateInstance(sp, handler), sp.GetRequiredService<SyncReadiness>()));
            }
        }

        return services;
    }
}
