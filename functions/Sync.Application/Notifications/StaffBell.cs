using Sync.Application.Orders;
using Sync.Application.Settings;
using Sync.Rules.Notifications;

namespace Sync.Application.Notifications;

/// <summary>A staff member's bell: the notifications of the outlets they may use (NOT-2), which are unread, and whether NOT-3 has them off.</summary>
public sealed class StaffBell(UserNotifications notifications, INotificationReadMarks marks, RuntimeSettings settings, PosDirectory directory)
{
    /// <summary>Null when POS has no such user.</summary>
    public async Task<Bell?> ForUserAsync(string userId, CancellationToken cancellationToken)
    {
        if (await notifications.ForUserAsync(userId, cancellationToken) is not { } visible)
        {
            return null;
        }

        var read = await marks.ReadByAsync(userId, cancellationToken);
        var outlets = (await directory.OutletsAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        var items = visible.Select(n => new BellItem(n, outlets.GetValueOrDefault(n.OutletId, n.OutletId), read.Contains(n.FulfillmentId))).ToList();
        var enabled = (await settings.CurrentAsync(cancellationToken)).NotificationsEnabled;
        return new Bell(enabled, items.Count(i => !i.Read), items);
    }

    /// <summary>Marks only notifications the user may see; false when POS has no such user.</summary>
    public async Task<bool> MarkReadAsync(string userId, IReadOnlyCollection<string> fulfillmentIds, CancellationToken cancellationToken)
    {
        if (await notifications.ForUserAsync(userId, cancellationToken) is not { } visible)
        {
            return false;
        }

        var mine = visible.Select(n => n.FulfillmentId).Intersect(fulfillmentIds, StringComparer.Ordinal).ToList();
        await marks.MarkReadAsync(userId, mine, cancellationToken);
        return true;
    }
}

public sealed record Bell(bool NotificationsEnabled, int Unread, IReadOnlyList<BellItem> Items);

public sealed record BellItem(OrderNotification Notification, string OutletName, bool Read);
