using Sync.Application.Events;

namespace Sync.Application.Messaging;

/// <summary>Sends an envelope to its concern's queue (Storage Queues or Service Bus).</summary>
public interface IEventQueue
{
    /// <summary>Sends a new event; a transport with duplicate detection drops a second send of the same event key.</summary>
    Task SendAsync(EventEnvelope envelope, CancellationToken cancellationToken);

    /// <summary>
    /// Sends an event that becomes visible to its handler no earlier than <paramref name="notBefore"/>
    /// (coalescing, INV-8). Its event key must be new: such events are made by the app, not received.
    /// </summary>
    Task ScheduleAsync(EventEnvelope envelope, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>Sends an event again, past duplicate detection, visible no earlier than <paramref name="notBefore"/> (ALL-5: it waits for settings).</summary>
    Task DeferAsync(EventEnvelope envelope, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>Sends an event again on an operator's request, past duplicate detection.</summary>
    Task ResendAsync(EventEnvelope envelope, CancellationToken cancellationToken);
}
