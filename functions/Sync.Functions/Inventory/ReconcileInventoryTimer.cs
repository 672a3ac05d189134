using Sync.Application.Settings;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Inventory;

namespace Sync.Functions.Inventory;

/// <summary>ALL-1: repairs whatever the inventory webhooks missed. A failure escapes, so the run is logged as failed.</summary>
public sealed class ReconcileInventoryTimer(ReconcileInventory reconcile, SyncReadiness readiness)
{
    [Function("ReconcileInventory")]
    public async Task Run([TimerTrigger("%RECONCILE_INVENTORY_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        // ALL-5: nothing is repaired from settings that are incomplete or invalid (the check logs what is missing).
        if ((await readiness.CheckAsync(cancellationToken)).Ready)
        {
            await reconcile.RunAsync(cancellationToken);
        }
    }
}
