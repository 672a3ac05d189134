using Sync.Rules.Notifications;

namespace Sync.Rules.Tests.Notifications;

public class NotificationTests
{
    private static readonly CreatedFulfillment[] SplitOrder = [new("101", "north"), new("102", "south")];

    [Fact(DisplayName = "NOT-1: a new order raises one notification per fulfillment, linking to it")]
    [Trait("Rule", "NOT-1")]
    public void NOT1_one_notification_per_fulfillment_with_its_link()
    {
        var notifications = NewOrderNotifications.For("shop", "1042", SplitOrder, notificationsOn: true);
        Assert.Equal(["101", "102"], notifications.Select(n => n.FulfillmentId));
        Assert.Equal(new Uri("https://shop.retail.lightspeed.app/fulfillments/101"), notifications[0].Link);
    }

    [Fact(DisplayName = "NOT-2: a user sees only notifications for outlets they may access")]
    [Trait("Rule", "NOT-2")]
    public void NOT2_users_see_only_their_outlets_notifications()
    {
        var notifications = NewOrderNotifications.For("shop", "1042", SplitOrder, notificationsOn: true);
        var visible = NotificationVisibility.VisibleTo(new HashSet<string> { "south" }, notifications);
        Assert.Equal("102", Assert.Single(visible).FulfillmentId);
    }

    [Fact(DisplayName = "NOT-3: with eCom order notifications off, none are raised")]
    [Trait("Rule", "NOT-3")]
    public void NOT3_notifications_turned_off_raise_none() =>
        Assert.Empty(NewOrderNotifications.For("shop", "1042", SplitOrder, notificationsOn: false));
}
