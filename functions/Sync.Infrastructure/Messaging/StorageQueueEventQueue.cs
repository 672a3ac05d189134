using Azure.Storage.Queues;
using Sync.Application.Events;
using Sync.Application.Messaging;

namespace Sync.Infrastructure.Messaging;

/// <summary>
/// Storage Queues have no duplicate detection: a redelivered event is recognised by the
/// dispatcher's processed-event record instead. Queues are created on first use.
/// </summary>
public sealed class StorageQueueEventQueue(QueueServiceClient service, MessageCodec codec, TimeProvider clock) : IEventQueue
{
    private readonly Dictionary<Concern, QueueClient> queues = Queues.All.ToDictionary(c => c, c => service.GetQueueClient(Queues.For(c)));
    private readonly Dictionary<Concern, Task> created = [];
    private readonly Lock gate = new();
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    public Task SendAsync(EventEnvelope envelope, CancellationToken cancellationToken) =>
        SendAsync(envelope, TimeSpan.Zero, cancellationToken);

    public Task ScheduleAsync(EventEnvelope envelope, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        // A Storage Queue message can stay invisible for at most 7 days.
        var delay = notBefore - clock.GetUtcNow();
        return SendAsync(envelope, delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxDelay ? MaxDelay : delay, cancellationToken);
    }

    public Task ResendAsync(EventEnvelope envelope, CancellationToken cancellationToken) => SendAsync(envelope, cancellationToken);

    public Task DeferAsync(EventEnvelope envelope, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        ScheduleAsync(envelope, notBefore, cancellationToken);

    private async Task SendAsync(EventEnvelope envelope, TimeSpan delay, CancellationToken cancellationToken)
    {
        var queue = queues[envelope.Concern];
        await EnsureCreatedAsync(envelope.Concern, queue, cancellationToken);
        await queue.SendMessageAsync(await codec.EncodeAsync(envelope, cancellationToken), visibilityTimeout: delay, cancellationToken: cancellationToken);
    }

    private Task EnsureCreatedAsync(Concern concern, QueueClient queue, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!created.TryGetValue(concern, out var creation) || creation.IsFaulted || creation.IsCanceled)
            {
                created[concern] = creation = queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            }

            return creation;
        }
    }
}
