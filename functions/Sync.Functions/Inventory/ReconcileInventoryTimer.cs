using Microsoft.Azure.Functions.Worker;
using Sync.Application.Inventory;

namespace Sync.Functions.Inventory;

/// <summary>ALL-1: repairs whatever the inventory webhooks missed. A failure escapes, so the run is logged as failed.</summary>
public sealed class ReconcileInventoryTimer(ReconcileInventory reconcile)
{
    [Function("ReconcileInventory")]
    public Task Run([TimerTrigger("%RECONCILE_INVENTORY_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        reconcile.RunAsync(cancellationToken);
}
