using Sync.Rules.Notifications;

namespace Sync.Application.Notifications;

/// <summary>Posts a notification to the merchant's incoming webhook (Teams, Slack). Best effort: it never throws.</summary>
public interface INotificationPublisher
{
    Task PublishAsync(Uri webhook, OrderNotification notification, CancellationToken cancellationToken);
}
