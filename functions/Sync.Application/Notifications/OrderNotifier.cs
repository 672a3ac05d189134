using Microsoft.Extensions.Options;
using Sync.Application.Orders;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;
using Sync.Rules.Notifications;

namespace Sync.Application.Notifications;

/// <summary>NOT-1, NOT-3: once an order's sales exist, one notification per fulfillment they opened, stored per outlet.</summary>
public sealed class OrderNotifier(
    IXSeriesClient pos, INotificationStore store, INotificationPublisher publisher, IOptions<OrderSyncOptions> options, TimeProvider clock)
{
    public async Task RaiseAsync(OrderLink link, SyncSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.NotificationsEnabled)
        {
            return;
        }

        var created = new List<CreatedFulfillment>();
        foreach (var sale in link.Sales)
        {
            created.AddRange((await pos.GetFulfillmentsAsync(sale.SaleId, cancellationToken)).Select(f => new CreatedFulfillment(f.Id, f.OutletId)));
        }

        var notifications = NewOrderNotifications.For(options.Value.PosDomainPrefix, link.OrderId, created, settings.NotificationsEnabled);
        await store.SaveAsync(notifications, clock.GetUtcNow(), cancellationToken);
        if (settings.NotificationWebhookUrl is { } webhook)
        {
            foreach (var notification in notifications)
            {
                await publisher.PublishAsync(webhook, notification, cancellationToken);
            }
        }
    }
}
