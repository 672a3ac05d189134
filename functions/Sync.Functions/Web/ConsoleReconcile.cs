using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Inventory;
using Sync.Application.Orders;
using Sync.Application.Status;

namespace Sync.Functions.Web;

/// <summary>"Reconcile now" (ALL-1) for one concern, the same run its timer makes; and the latest inventory reconcile's report.</summary>
public sealed class ConsoleReconcile(
    ConsoleGate gate, ReconcileInventory inventory, OrdersReconciliation orders, StatusReconciliation status, IInventoryReports reports)
{
    [Function("ConsoleReconcileNow")]
    public async Task<IActionResult> Now(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/reconcile/{concern}")] HttpRequest request,
        string concern,
        CancellationToken cancellationToken)
    {
        var (_, refusal) = await gate.AdmitAsync(request, ConsoleUser.Operator, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        switch (concern.ToLowerInvariant())
        {
            case "inventory":
                return new OkObjectResult(new { concern = "inventory", report = await inventory.RunAsync(cancellationToken) });
            case "orders":
                return new OkObjectResult(new { concern = "orders", ordersSynced = await orders.ReconcileAsync(cancellationToken) });
            case "status":
                await status.RunAsync(cancellationToken);
                return new OkObjectResult(new { concern = "status" });
            default:
                return ConsoleGate.Problem(StatusCodes.Status404NotFound, "No such concern", "Reconcile inventory, orders or status.");
        }
    }

    [Function("ConsoleInventoryReport")]
    public async Task<IActionResult> InventoryReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/reconcile/inventory")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (_, refusal) = await gate.AdmitAsync(request, ConsoleUser.Operator, cancellationToken);
        return refusal ?? new OkObjectResult(new { report = await reports.LatestAsync(cancellationToken) });
    }
}
