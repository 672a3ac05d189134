using Sync.Application.Events;

namespace Sync.Application.Messaging;

/// <summary>Sends an envelope to its concern's queue (Storage Queues or Service Bus).</summary>
public interface IEventQueue
{
    /// <summary>Sends a new event; a transport with duplicate detection drops a second send of the same event key.</summary>
    Task SendAsync(EventEnvelope envelope, CancellationToken cancellationToken);

    /// <summary>Sends an event again on an operator's request, past duplicate detection.</summary>
    Task ResendAsync(EventEnvelope envelope, CancellationToken cancellationToken);
}
