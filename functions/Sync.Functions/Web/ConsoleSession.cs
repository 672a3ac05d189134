using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Sync.Functions.Web;

/// <summary>Who the page is talking to: 401 until someone signs in.</summary>
public sealed class ConsoleSession(ConsoleGate gate)
{
    [Function("ConsoleMe")]
    public async Task<IActionResult> Me(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/me")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (user, refusal) = await gate.AdmitAsync(request, ConsoleUser.Staff, cancellationToken);
        return refusal ?? new OkObjectResult(new { user!.PosUserId, user.Name, roles = user.Roles.Order() });
    }
}
