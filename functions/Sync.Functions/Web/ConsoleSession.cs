using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Sync.Functions.Web;

/// <summary>Who the page is talking to; "nobody yet" is an answer (200), so the page can offer the sign-in.</summary>
public sealed class ConsoleSession(ConsoleGate gate)
{
    [Function("ConsoleMe")]
    public async Task<IActionResult> Me(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/me")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (ClientPrincipal.From(request) is null)
        {
            return new OkObjectResult(new { signedIn = false });
        }

        var (user, refusal) = await gate.AdmitAsync(request, ConsoleUser.Staff, cancellationToken);
        return refusal ?? new OkObjectResult(new { signedIn = true, user!.PosUserId, user.Name, roles = user.Roles.Order() });
    }
}
