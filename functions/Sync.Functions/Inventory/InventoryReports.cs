using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Inventory;

namespace Sync.Functions.Inventory;

/// <summary>The operator's view of the latest inventory reconcile: checked, drifted, repaired, unmatched.</summary>
public sealed class InventoryReports(IInventoryReports reports)
{
    [Function("GetInventoryReport")]
    public async Task<IActionResult> Latest(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/ops/inventory/report")] HttpRequest request,
        CancellationToken cancellationToken) =>
        await reports.LatestAsync(cancellationToken) is { } report ? new OkObjectResult(report)
        : Problems.NotFound("No inventory reconcile has run yet; it runs on RECONCILE_INVENTORY_SCHEDULE.");
}
