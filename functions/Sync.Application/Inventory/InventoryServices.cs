using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Processing;

namespace Sync.Application.Inventory;

public static class InventoryServices
{
    /// <summary>Inventory sync (INV-1..9): the handler, its use cases and the reconcile; the stores come from the infrastructure.</summary>
    public static IServiceCollection AddInventorySync(this IServiceCollection services)
    {
        services.AddSingleton<IEventHandler, InventoryEventHandler>();
        services.AddSingleton<MarkProductDirty>();
        services.AddSingleton<FlushProduct>();
        services.AddSingleton<PutBackEcomEdits>();
        services.AddSingleton<ReconcileInventory>();
        services.AddSingleton<CatalogueSync>();
        services.AddSingleton<UnrecordedOrderIntake>();
        services.AddSingleton<OnlineOutlets>();
        services.AddSingleton<OnlineLevels>();
        services.AddSingleton<EcomStockWriter>();
        return services;
    }
}
