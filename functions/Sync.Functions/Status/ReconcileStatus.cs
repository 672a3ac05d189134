using Microsoft.Azure.Functions.Worker;
using Sync.Application.Status;

namespace Sync.Functions.Status;

public sealed class ReconcileStatus(StatusReconciliation reconciliation)
{
    [Function(nameof(ReconcileStatus))]
    public Task Run([TimerTrigger("%RECONCILE_STATUS_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        reconciliation.RunAsync(cancellationToken);
}
