using Sync.Application.Events;
using Sync.Application.Processing;

namespace Sync.Application.Settings;

/// <summary>ALL-5: a sync handler runs only while the settings are complete and valid; otherwise its message waits.</summary>
public sealed class SettingsGatedHandler(IEventHandler inner, SyncReadiness readiness) : IEventHandler
{
    public Concern Concern => inner.Concern;

    public async Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        await readiness.EnsureReadyAsync(cancellationToken);
        await inner.HandleAsync(envelope, cancellationToken);
    }
}
