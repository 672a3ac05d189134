using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application;
using Sync.Application.Audit;
using Sync.Application.Customers;
using Sync.Application.Notifications;
using Sync.Application.Inventory;
using Sync.Application.Orders;
using Sync.Application.Settings;
using Sync.Application.Status;
using Sync.Application.Messaging;
using Sync.Application.Parking;
using Sync.Application.Platforms;
using Sync.Application.Processing;
using Sync.Application.Webhooks;
using Sync.Infrastructure.Configuration;
using Sync.Infrastructure.Health;
using Sync.Infrastructure.Messaging;
using Sync.Infrastructure.Notifications;
using Sync.Infrastructure.State;
using Sync.Platforms.Ecom;
using Sync.Platforms.XSeries;

namespace Sync.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Everything the function classes need: use cases, their ports (state, transport, platform clients), options and health checks.</summary>
    public static IServiceCollection AddSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSyncApplication();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section));
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section));
        services.AddOptions<DispatchOptions>().Bind(configuration.GetSection(DispatchOptions.Section));
        services.AddOptions<SyncSettings>().Bind(configuration.GetSection("Sync:Settings"));
        services.Configure<WebhookSecrets>(WebhookIntake.XSeriesSecrets, configuration.GetSection("XSeries"));
        services.Configure<WebhookSecrets>(WebhookIntake.EcomSecrets, configuration.GetSection("Ecom"));

        services.AddSingleton(_ => AzureConnections.Tables(configuration));
        services.AddSingleton(_ => AzureConnections.Queues(configuration));
        services.AddSingleton(_ => AzureConnections.Blobs(configuration));
        services.AddSingleton<IProcessedEvents, ProcessedEventStore>();
        services.AddSingleton<IFailureLog, FailureLogStore>();
        services.AddSingleton<IAuditLog, AuditLogStore>();
        services.AddSingleton<IParkedMessages, ParkedMessageStore>();
        services.AddSingleton<IClaimCheck, BlobClaimCheck>();
        services.AddSingleton<IOAuthTokenStore, OAuthTokenStore>();
        services.AddSingleton<ISettingsStore, SettingsStore>();
        services.AddSingleton<IReservations, ReservationStore>();
        services.AddSingleton<IOrderLinks, OrderLinkStore>();
        services.AddSingleton<IOrderLeases, OrderLeaseStore>();
        services.AddSingleton<ICustomerCache, CustomerCacheStore>();
        services.AddOptions<CustomerClaimOptions>().Bind(configuration.GetSection(CustomerClaimOptions.Section));
        services.AddSingleton<INotificationStore, NotificationStore>();
        services.AddSingleton<INotificationReadMarks, NotificationReadMarkStore>();
        services.AddSingleton<INotificationPublisher, WebhookNotificationPublisher>();
        services.AddHttpClient(WebhookNotificationPublisher.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddOptions<OrderSyncOptions>().Bind(configuration.GetSection(OrderSyncOptions.Section))
            .PostConfigure(o => o.PosDomainPrefix = o.PosDomainPrefix is { Length: > 0 } prefix ? prefix : configuration["XSeries:DomainPrefix"] ?? "");
        services.AddSingleton<IOrderStatusStore, OrderStatusStore>();
        services.AddSingleton<ICatalogueLinks, CatalogueLinkStore>();
        services.AddSingleton<IDirtyMarks, DirtyMarkStore>();
        services.AddSingleton<IWrittenLevels, WrittenLevelStore>();
        services.AddSingleton<IPosLevels, PosLevelStore>();
        services.AddSingleton<IReadCursors, ReadCursorStore>();
        services.AddSingleton<IInventoryReports, InventoryReportStore>();
        services.AddXSeriesClient(configuration);
        services.AddTransient<IPosSetupReads>(sp => (IPosSetupReads)sp.GetRequiredService<Sync.Application.Platforms.XSeries.IXSeriesClient>());
        services.AddOptions<SettingsValidationOptions>().Bind(configuration.GetSection(SettingsValidationOptions.Section));
        services.AddOptions<SettingsSeedOptions>().Bind(configuration.GetSection(SettingsSeedOptions.Section));
        services.AddEcomClient(configuration);

        var health = services.AddHealthChecks()
            .AddCheck<TablesHealthCheck>("tables")
            .AddCheck<SettingsHealthCheck>(SettingsHealthCheck.Name)
            .AddCheck<ParkedHealthCheck>("parked");
        if (configuration.GetValue("Sync:Transport", TransportKind.StorageQueues) == TransportKind.ServiceBus)
        {
            services.AddSingleton(_ => AzureConnections.ServiceBusClient(configuration));
            services.AddSingleton<IEventQueue, ServiceBusEventQueue>();
        }
        else
        {
            services.AddSingleton<IEventQueue, StorageQueueEventQueue>();
            health.AddCheck<StorageQueuesHealthCheck>("queues");
        }

        return services;
    }
}
