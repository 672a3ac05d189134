using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Sync.Application.Orders;

namespace Sync.Functions.Web;

/// <summary>
/// ALL-6 for the console's API: the signed-in person, mapped to the POS user with the same email (the dev host's
/// local sign-in names the POS user itself), with the role the endpoint needs. Function keys stay for automation.
/// </summary>
public sealed class ConsoleGate(PosDirectory directory)
{
    public async Task<(ConsoleUser? User, IActionResult? Refusal)> AdmitAsync(HttpRequest request, string role, CancellationToken cancellationToken)
    {
        if (ClientPrincipal.From(request) is not { } principal)
        {
            return (null, Problem(StatusCodes.Status401Unauthorized, "Sign in", "Sign in to use the console."));
        }

        var user = principal.PosUserId is { } id ? await directory.FindUserAsync(id, cancellationToken) : null;
        if (user is null)
        {
            return (null, Problem(StatusCodes.Status403Forbidden, "No POS user", "No Retail POS user has your email address; ask a manager to add it in POS."));
        }

        var signedIn = new ConsoleUser(user.Id, user.DisplayName, principal.Roles);
        return signedIn.Is(role)
            ? (signedIn, null)
            : (null, Problem(StatusCodes.Status403Forbidden, "Not allowed", $"This needs the {role} role; ask your administrator to assign it in Entra ID."));
    }

    public static IActionResult Problem(int status, string title, string detail) =>
        new ObjectResult(new ProblemDetails { Status = status, Title = title, Detail = detail })
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };
}
