namespace Sync.Application.Notifications;

/// <summary>Which notifications (by fulfillment) a staff member has marked as read.</summary>
public interface INotificationReadMarks
{
    Task<IReadOnlySet<string>> ReadByAsync(string userId, CancellationToken cancellationToken);

    Task MarkReadAsync(string userId, IReadOnlyCollection<string> fulfillmentIds, CancellationToken cancellationToken);
}
