using Microsoft.Extensions.Logging;
using Sync.Application.Audit;
using Sync.Application.Events;
using Sync.Application.Telemetry;

namespace Sync.Application.Processing;

/// <summary>
/// Hands an envelope to the handlers of its concern, once. The processed-event record makes a
/// redelivery cheap; the handlers' own idempotency makes a concurrent or half-finished one safe.
/// A failure is logged with its reason and rethrown, so the transport retries and finally parks it.
/// </summary>
public sealed partial class EventDispatcher(
    IEnumerable<IEventHandler> handlers,
    IProcessedEvents processed,
    IFailureLog failures,
    IAuditLog audit,
    TimeProvider clock,
    ILogger<EventDispatcher> logger)
{
    private readonly ILookup<Concern, IEventHandler> byConcern = handlers.ToLookup(h => h.Concern);

    public async Task DispatchAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginEventScope(envelope);
        if (await processed.ContainsAsync(envelope.EventKey, cancellationToken))
        {
            LogDuplicate(envelope.EventKey);
            return;
        }

        try
        {
            foreach (var handler in byConcern[envelope.Concern])
            {
                await handler.HandleAsync(envelope, cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, envelope.EventKey);
            await failures.RecordAsync(envelope.EventKey, $"{ex.GetType().Name}: {ex.Message}", cancellationToken);
            throw;
        }

        var now = clock.GetUtcNow();
        var record = new ProcessedEvent(
            envelope.EventKey, envelope.Source, envelope.EventType, envelope.EntityKey, envelope.CorrelationId, envelope.ReceivedAt, now);
        if (await processed.TryAddAsync(record, cancellationToken))
        {
            await audit.WriteAsync(
                new AuditEntry(envelope.EntityKey, "event.applied", null, envelope.EventKey, envelope.CorrelationId, null, envelope.EventType, now),
                cancellationToken);
            LogApplied(envelope.EventKey, now - envelope.ReceivedAt);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventKey} was applied already; delivery skipped")]
    private partial void LogDuplicate(string eventKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventKey} applied {Latency} after receipt")]
    private partial void LogApplied(string eventKey, TimeSpan latency);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventKey} failed; the transport will retry it")]
    private partial void LogFailed(Exception exception, string eventKey);
}
