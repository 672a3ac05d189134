namespace Sync.Rules.Notifications;

/// NOT-1 and NOT-3: one notification per fulfillment of a new order, none when the setting is off.
public static class NewOrderNotifications
{
    public static IReadOnlyList<OrderNotification> For(
        string domainPrefix, string orderNumber, IEnumerable<CreatedFulfillment> fulfillments, bool notificationsOn) =>
        notificationsOn
            ? fulfillments.Select(f => new OrderNotification(orderNumber, f.FulfillmentId, f.OutletId, FulfillmentLink.For(domainPrefix, f.FulfillmentId))).ToList()
            : [];
}
