using Sync.Application.Settings;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Status;

namespace Sync.Functions.Status;

public sealed class ReconcileStatus(StatusReconciliation reconciliation, SyncReadiness readiness)
{
    [Function(nameof(ReconcileStatus))]
    public async Task Run([TimerTrigger("%RECONCILE_STATUS_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        // ALL-5: nothing is repaired from settings that are incomplete or invalid (the check logs what is missing).
        if ((await readiness.CheckAsync(cancellationToken)).Ready)
        {
            await reconciliation.RunAsync(cancellationToken);
        }
    }
}
