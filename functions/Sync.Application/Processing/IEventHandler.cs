using Sync.Application.Events;

namespace Sync.Application.Processing;

/// <summary>Applies one concern's events. Must be idempotent: it may run twice, concurrently, or after a crash.</summary>
public interface IEventHandler
{
    Concern Concern { get; }

    Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken);
}
