using Sync.Application.Messaging;

namespace Sync.Application.Processing;

/// <summary>The one entry point of every queue trigger, whatever the transport.</summary>
public sealed class InboundMessages(MessageCodec codec, EventDispatcher dispatcher)
{
    public async Task ProcessAsync(string message, CancellationToken cancellationToken) =>
        await dispatcher.DispatchAsync(await codec.DecodeAsync(message, cancellationToken), cancellationToken);
}
