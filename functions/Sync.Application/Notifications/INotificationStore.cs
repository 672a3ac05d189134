using Sync.Rules.Notifications;

namespace Sync.Application.Notifications;

/// <summary>NOT-1, NOT-2: new-order notifications kept per outlet; saving one twice keeps one.</summary>
public interface INotificationStore
{
    Task SaveAsync(IReadOnlyList<OrderNotification> notifications, DateTimeOffset raisedAt, CancellationToken cancellationToken);

    /// <summary>The outlets' notifications, newest first.</summary>
    Task<IReadOnlyList<OrderNotification>> ForOutletsAsync(IReadOnlySet<string> outletIds, CancellationToken cancellationToken);
}
