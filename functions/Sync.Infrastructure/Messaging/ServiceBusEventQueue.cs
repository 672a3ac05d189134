using Azure.Messaging.ServiceBus;
using Sync.Application.Events;
using Sync.Application.Messaging;

namespace Sync.Infrastructure.Messaging;

/// <summary>
/// Service Bus queues (sessions and duplicate detection on): the event key is the message id, so the
/// broker drops a redelivered webhook; the entity key is the session, so one entity's events are
/// applied in order.
/// </summary>
public sealed class ServiceBusEventQueue(ServiceBusClient client, MessageCodec codec, TimeProvider clock) : IEventQueue, IAsyncDisposable
{
    private readonly Dictionary<Concern, ServiceBusSender> senders = Queues.All.ToDictionary(c => c, c => client.CreateSender(Queues.For(c)));

    public Task SendAsync(EventEnvelope envelope, CancellationToken cancellationToken) =>
        SendAsync(envelope, envelope.EventKey, null, cancellationToken);

    public Task ScheduleAsync(EventEnvelope envelope, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        SendAsync(envelope, envelope.EventKey, notBefore, cancellationToken);

    public Task ResendAsync(EventEnvelope envelope, CancellationToken cancellationToken) =>
        SendAsync(envelope, $"{envelope.EventKey}/replay-{clock.GetUtcNow().UtcTicks}", null, cancellationToken);

    public Task DeferAsync(EventEnvelope envelope, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        SendAsync(envelope, $"{envelope.EventKey}/deferred-{clock.GetUtcNow().UtcTicks}", notBefore, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var sender in senders.Values)
        {
            await sender.DisposeAsync();
        }
    }

    private async Task SendAsync(EventEnvelope envelope, string messageId, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        var message = new ServiceBusMessage(await codec.EncodeAsync(envelope, cancellationToken))
        {
            MessageId = Truncate(messageId),
            SessionId = Truncate(envelope.EntityKey),
            CorrelationId = envelope.CorrelationId,
            ContentType = "application/json",
            Subject = envelope.EventType,
        };
        if (notBefore is { } scheduled)
        {
            message.ScheduledEnqueueTime = scheduled;
        }

        await senders[envelope.Concern].SendMessageAsync(message, cancellationToken);
    }

    // Service Bus caps message and session ids at 128 characters.
    private static string Truncate(string id) => id.Length <= 128 ? id : id[..128];
}
