using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sync.Application.Audit;
using Sync.Application.Events;
using Sync.Application.Telemetry;

namespace Sync.Application.Processing;

/// <summary>
/// Hands an envelope to the handlers of its concern, once. A claim on the event key admits one run at a time, so
/// concurrent copies of one delivery wait for it and then skip; the claim expires, so a run that crashed loses
/// nothing. The handlers' own idempotency covers a run that outlived its claim or died half-way.
/// A failure is logged with its reason and rethrown, so the transport retries and finally parks it.
/// </summary>
public sealed partial class EventDispatcher(
    IEnumerable<IEventHandler> handlers,
    IProcessedEvents processed,
    IFailureLog failures,
    IAuditLog audit,
    IOptions<DispatchOptions> options,
    TimeProvider clock,
    ILogger<EventDispatcher> logger)
{
    private readonly ILookup<Concern, IEventHandler> byConcern = handlers.ToLookup(h => h.Concern);

    public async Task DispatchAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginEventScope(envelope);
        if (await ClaimAsync(envelope.EventKey, cancellationToken) is not { } claim)
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
            await processed.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }

        var now = clock.GetUtcNow();
        var record = new ProcessedEvent(
            envelope.EventKey, envelope.Source, envelope.EventType, envelope.EntityKey, envelope.CorrelationId, envelope.ReceivedAt, now);
        if (!await processed.CompleteAsync(claim, record, cancellationToken))
        {
            LogClaimLost(envelope.EventKey, options.Value.ClaimFor);
            return;
        }

        await audit.WriteAsync(
            new AuditEntry(envelope.EntityKey, "event.applied", null, envelope.EventKey, envelope.CorrelationId, null, envelope.EventType, now),
            cancellationToken);
        LogApplied(envelope.EventKey, now - envelope.ReceivedAt);
    }

    /// <summary>This run's claim; null when the event was applied already. Waits (bounded) while another run holds it.</summary>
    private async Task<EventClaim.Claimed?> ClaimAsync(string eventKey, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var giveUpAt = clock.GetUtcNow() + settings.WaitFor;
        while (true)
        {
            switch (await processed.TryClaimAsync(eventKey, settings.ClaimFor, cancellationToken))
            {
                case EventClaim.Claimed claimed:
                    return claimed;
                case EventClaim.Applied:
                    return null;
                case EventClaim.Held held when clock.GetUtcNow() >= giveUpAt:
                    LogStillHeld(eventKey, settings.WaitFor, held.Until);
                    throw new InvalidOperationException($"Event {eventKey} is being applied by another run (claimed until {held.Until:O}); retry later.");
            }

            await Task.Delay(settings.PollEvery, clock, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventKey} was applied already; delivery skipped")]
    private partial void LogDuplicate(string eventKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventKey} applied {Latency} after receipt")]
    private partial void LogApplied(string eventKey, TimeSpan latency);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventKey} failed; the transport will retry it")]
    private partial void LogFailed(Exception exception, string eventKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventKey} waited {WaitedFor} for the run holding it (until {Until}); the transport will retry it")]
    private partial void LogStillHeld(string eventKey, TimeSpan waitedFor, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventKey} took longer than its {ClaimFor} claim and another run took it over; its handlers are idempotent")]
    private partial void LogClaimLost(string eventKey, TimeSpan claimFor);
}
