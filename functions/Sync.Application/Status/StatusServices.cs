using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Processing;

namespace Sync.Application.Status;

public static class StatusServices
{
    /// <summary>Status sync both ways (ST-1..ST-12) and its reconciliation; the state store is the infrastructure's.</summary>
    public static IServiceCollection AddStatusSync(this IServiceCollection services)
    {
        services.AddSingleton<EcomStatusWriter>();
        services.AddSingleton<PosFulfillmentWriter>();
        services.AddSingleton<PosSaleWriter>();
        services.AddSingleton<StatusWriter>();
        services.AddSingleton<OrderStatusSync>();
        // The platform clients check their configuration when built: a handler with nothing to sync does not build them.
        services.AddSingleton(sp => new Lazy<OrderStatusSync>(sp.GetRequiredService<OrderStatusSync>));
        services.AddSingleton<StatusReconciliation>();
        services.AddSingleton<IEventHandler, PosSaleStatusHandler>();
        services.AddSingleton<IEventHandler, EcomOrderStatusHandler>();
        return services;
    }
}
