using Azure.Storage.Queues;
using Sync.Application.Events;
using Sync.Application.Messaging;

namespace Sync.Infrastructure.Messaging;

/// <summary>
/// Storage Queues have no duplicate detection: a redelivered event is recognised by the
/// dispatcher's processed-event record instead. Queues are created on first use.
/// </summary>
public sealed class StorageQueueEventQueue(QueueServiceClient service, MessageCodec codec) : IEventQueue
{
    private readonly Dictionary<Concern, QueueClient> queues = Queues.All.ToDictionary(c => c, c => service.GetQueueClient(Queues.For(c)));
    private readonly Dictionary<Concern, Task> created = [];
    private readonly Lock gate = new();

    public async Task SendAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        var queue = queues[envelope.Concern];
        await EnsureCreatedAsync(envelope.Concern, queue, cancellationToken);
        await queue.SendMessageAsync(await codec.EncodeAsync(envelope, cancellationToken), cancellationToken);
    }

    public Task ResendAsync(EventEnvelope envelope, CancellationToken cancellationToken) => SendAsync(envelope, cancellationToken);

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
