namespace Sync.Rules.Notifications;

/// NOT-2: a user sees only the notifications for fulfillments in outlets that user may access.
public static class NotificationVisibility
{
    public static IReadOnlyList<OrderNotification> VisibleTo(
        IReadOnlySet<string> userOutletIds, IEnumerable<OrderNotification> notifications) =>
        notifications.Where(n => userOutletIds.Contains(n.OutletId)).ToList();
}
