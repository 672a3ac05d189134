using Microsoft.Extensions.Logging;
using Sync.Application.Messaging;
using Sync.Application.Settings;

namespace Sync.Application.Processing;

/// <summary>
/// The one entry point of every queue trigger, whatever the transport. A message that arrives while the
/// settings are incomplete or invalid (ALL-5) is not a failure: it is sent again to wait, and is never parked.
/// </summary>
public sealed partial class InboundMessages(
    MessageCodec codec, EventDispatcher dispatcher, IEventQueue queue, TimeProvider clock, ILogger<InboundMessages> logger)
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    public async Task ProcessAsync(string message, CancellationToken cancellationToken)
    {
        var envelope = await codec.DecodeAsync(message, cancellationToken);
        try
        {
            await dispatcher.DispatchAsync(envelope, cancellationToken);
        }
        catch (SettingsNotReadyException ex)
        {
            // Back-off by age: each wait is as long as the message has waited so far, within bounds.
            var waited = clock.GetUtcNow() - envelope.ReceivedAt;
            var wait = waited < FirstWait ? FirstWait : waited > LongestWait ? LongestWait : waited;
            await queue.DeferAsync(envelope, clock.GetUtcNow() + wait, cancellationToken);
            LogDeferred(envelope.EventKey, wait, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventKey} waits {Wait} for the settings: {Reason}")]
    private partial void LogDeferred(string eventKey, TimeSpan wait, string reason);
}
