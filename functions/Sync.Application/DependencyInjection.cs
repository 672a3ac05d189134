using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sync.Application.Inventory;
using Sync.Application.Messaging;
using Sync.Application.Orders;
using Sync.Application.Parking;
using Sync.Application.Processing;
using Sync.Application.Settings;
using Sync.Application.Status;
using Sync.Application.Webhooks;

namespace Sync.Application;

public static class DependencyInjection
{
    /// <summary>The use cases; their ports are registered by the infrastructure.</summary>
    public static IServiceCollection AddSyncApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHybridCache();
        services.AddSingleton<MessageCodec>();
        services.AddSingleton<WebhookIntake>();
        services.AddSingleton<XSeriesWebhookSubscriptions>();
        services.AddSingleton<EventDispatcher>();
        services.AddSingleton<InboundMessages>();
        services.AddSingleton<MessageParking>();
        services.AddSingleton<ProcessedEventRetention>();
        services.AddOrderSync();
        services.AddStatusSync();
        services.AddInventorySync();
        services.AddSettings();
        return services;
    }
}
