using Moq;
using Sync.Application.Notifications;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Notifications;

namespace Sync.UnitTests.Orders;

public sealed class NotificationTests
{
    private readonly OrderHarness harness = new();

    [Fact]
    [Trait("Rule", "NOT-1")]
    public async Task NOT1_a_synced_split_order_raises_one_notification_per_fulfillment_linking_to_it_stored_per_outlet()
    {
        harness.Stock[("pA", "o1")] = 1;
        harness.Stock[("pA", "o2")] = 1;
        harness.Stock[("pA", "o3")] = 0;

        await harness.SyncAsync(OrderHarness.Order(lines: [("A", 2, 10m)]));

        harness.Notifications.Verify(n => n.SaveAsync(
            It.Is<IReadOnlyList<OrderNotification>>(l => l.Count == 2
                && l[0] == new OrderNotification("XK45J", "f-s1", "o1", new Uri("https://shop.retail.lightspeed.app/fulfillments/f-s1"))
                && l[1].OutletId == "o2"),
            It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()));
        harness.Publisher.VerifyNoOtherCalls();
    }

    [Fact]
    [Trait("Rule", "NOT-1")]
    public async Task NOT1_each_notification_is_also_posted_to_the_configured_webhook()
    {
        harness.Settings = harness.Settings with { NotificationWebhookUrl = new Uri("https://hooks.example.com/x") };

        await harness.SyncAsync(OrderHarness.Order());

        harness.Publisher.Verify(p => p.PublishAsync(new Uri("https://hooks.example.com/x"), It.Is<OrderNotification>(n => n.FulfillmentId == "f-s1"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    [Trait("Rule", "NOT-2")]
    public async Task NOT2_a_user_sees_only_notifications_of_outlets_the_user_may_use()
    {
        harness.Pos.Setup(p => p.GetUsersAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
            [new PosUser("harbour", "Harbour staff", "cashier", ["o2"]), new PosUser("boss", "Owner", "admin", [])]);
        harness.Notifications.Setup(n => n.ForOutletsAsync(It.IsAny<IReadOnlySet<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlySet<string> outlets, CancellationToken _) => new[] { "o1", "o2", "o3" }
                .Select(o => new OrderNotification("XK45J", $"f-{o}", o, new Uri($"https://shop.example/{o}"))).ToList());
        var query = new UserNotifications(harness.Directory(), harness.Notifications.Object);

        Assert.Equal(["o2"], (await query.ForUserAsync("harbour", CancellationToken.None))!.Select(n => n.OutletId));
        Assert.Equal(["o1", "o2", "o3"], (await query.ForUserAsync("boss", CancellationToken.None))!.Select(n => n.OutletId));
        Assert.Null(await query.ForUserAsync("stranger", CancellationToken.None));
        harness.Pos.Verify(p => p.GetUsersAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    [Trait("Rule", "NOT-3")]
    public async Task NOT3_with_notifications_turned_off_a_synced_order_raises_none()
    {
        harness.Settings = harness.Settings with { NotificationsEnabled = false, NotificationWebhookUrl = new Uri("https://hooks.example.com/x") };

        await harness.SyncAsync(OrderHarness.Order());

        Assert.Single(harness.Sales);
        harness.Pos.Verify(p => p.GetFulfillmentsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        harness.Notifications.VerifyNoOtherCalls();
        harness.Publisher.VerifyNoOtherCalls();
    }
}
