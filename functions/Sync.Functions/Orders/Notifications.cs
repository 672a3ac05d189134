using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Notifications;

namespace Sync.Functions.Orders;

/// <summary>NOT-2: a POS user's new-order notifications, only those of outlets the user may use.</summary>
public sealed class Notifications(UserNotifications notifications)
{
    [Function("GetNotifications")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/ops/notifications")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (request.Query["userId"].ToString() is not { Length: > 0 } userId)
        {
            return Problems.BadRequest("Name the POS user: ?userId=...");
        }

        return await notifications.ForUserAsync(userId, cancellationToken) is { } visible
            ? new OkObjectResult(visible)
            : Problems.NotFound($"POS has no user '{userId}'.");
    }
}
