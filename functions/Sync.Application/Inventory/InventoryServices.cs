using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Processing;

namespace Sync.Application.Inventory;

public static class InventoryServices
{
    /// <summary>
    /// Inventory sync (INV-1..9): the handler, its use cases and the reconcile; the stores come from the
    /// infrastructure. Use cases are scoped: they hold the typed platform clients.
    /// </summary>
    public static IServiceCollection AddInventorySync(this IServiceCollection services)
    {
        services.AddSingleton<IEventHandler, InventoryEventHandler>();
        services.AddSingleton<RegisterOutlets>();
        services.AddScoped<MarkProductDirty>();
        services.AddScoped<FlushProduct>();
        services.AddScoped<PutBackEcomEdits>();
        services.AddScoped<ReconcileInventory>();
        services.AddScoped<CatalogueSync>();
        services.AddScoped<UnrecordedOrderIntake>();
        services.AddScoped<OnlineOutlets>();
        services.AddScoped<OnlineLevels>();
        services.AddScoped<EcomStockWriter>();
        services.AddScoped<WithheldWrites>();
        return services;
    }
}
