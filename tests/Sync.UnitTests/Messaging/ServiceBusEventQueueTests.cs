using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Sync.Application.Messaging;
using Sync.Infrastructure.Messaging;

namespace Sync.UnitTests.Messaging;

public sealed class ServiceBusEventQueueTests
{
    private readonly List<(string Queue, ServiceBusMessage Message)> sent = [];
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-29T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly ServiceBusEventQueue queue;

    public ServiceBusEventQueueTests()
    {
        var client = new Mock<ServiceBusClient>();
        client.Setup(c => c.CreateSender(It.IsAny<string>())).Returns<string>(name =>
        {
            var sender = new Mock<ServiceBusSender>();
            sender.Setup(s => s.SendMessageAsync(It.IsAny<ServiceBusMessage>(), It.IsAny<CancellationToken>()))
                .Callback<ServiceBusMessage, CancellationToken>((m, _) => sent.Add((name, m)))
                .Returns(Task.CompletedTask);
            return sender.Object;
        });
        queue = new ServiceBusEventQueue(client.Object, new MessageCodec(Mock.Of<IClaimCheck>()), clock);
    }

    [Fact]
    public async Task The_event_key_is_the_message_id_so_the_broker_drops_redelivered_webhooks()
    {
        await queue.SendAsync(Envelopes.Inventory(), CancellationToken.None);

        var (name, message) = Assert.Single(sent);
        Assert.Equal("inventory", name);
        Assert.Equal("xseries-abc", message.MessageId);
        Assert.Equal("corr", message.CorrelationId);
    }

    [Fact]
    public async Task The_entity_key_is_the_session_so_one_entitys_events_are_applied_in_order() =>
        Assert.Equal("xseries:product:p-1", await SentSessionAsync());

    [Fact]
    public async Task A_replay_gets_a_new_message_id_to_pass_duplicate_detection()
    {
        await queue.SendAsync(Envelopes.Inventory(), CancellationToken.None);
        await queue.ResendAsync(Envelopes.Inventory(), CancellationToken.None);

        Assert.NotEqual(sent[0].Message.MessageId, sent[1].Message.MessageId);
        Assert.StartsWith("xseries-abc/replay-", sent[1].Message.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_event_is_enqueued_no_earlier_than_asked()
    {
        var notBefore = clock.GetUtcNow().AddSeconds(5);
        await queue.ScheduleAsync(Envelopes.Inventory(), notBefore, CancellationToken.None);

        Assert.Equal(notBefore, Assert.Single(sent).Message.ScheduledEnqueueTime);
    }

    private async Task<string> SentSessionAsync()
    {
        await queue.SendAsync(Envelopes.Inventory(), CancellationToken.None);
        return Assert.Single(sent).Message.SessionId;
    }
}
