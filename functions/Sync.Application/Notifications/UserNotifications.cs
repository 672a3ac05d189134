using Sync.Application.Orders;
using Sync.Rules.Notifications;

namespace Sync.Application.Notifications;

/// <summary>NOT-2: the notifications a POS user may see: those of the outlets the user may use.</summary>
public sealed class UserNotifications(PosDirectory directory, INotificationStore store)
{
    /// <summary>Null when POS has no such user.</summary>
    public async Task<IReadOnlyList<OrderNotification>?> ForUserAsync(string userId, CancellationToken cancellationToken)
    {
        if (await directory.FindUserAsync(userId, cancellationToken) is not { } user)
        {
            return null;
        }

        var outlets = (await directory.OutletsAsync(cancellationToken)).Select(o => o.Id).Where(user.MayUse).ToHashSet(StringComparer.Ordinal);
        return NotificationVisibility.VisibleTo(outlets, await store.ForOutletsAsync(outlets, cancellationToken));
    }
}
