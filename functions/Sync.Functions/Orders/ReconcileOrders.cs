using Sync.Application.Settings;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Orders;

namespace Sync.Functions.Orders;

public sealed class ReconcileOrders(OrdersReconciliation reconciliation, SyncReadiness readiness)
{
    [Function(nameof(ReconcileOrders))]
    public async Task Run([TimerTrigger("%RECONCILE_ORDERS_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        // ALL-5: nothing is repaired from settings that are incomplete or invalid (the check logs what is missing).
        if ((await readiness.CheckAsync(cancellationToken)).Ready)
        {
            await reconciliation.ReconcileAsync(cancellationToken);
        }
    }
}
