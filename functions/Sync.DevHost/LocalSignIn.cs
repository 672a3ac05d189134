using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Orders;
using Sync.Functions.Web;

namespace Sync.DevHost;

/// <summary>
/// The dev host's stand-in for App Service built-in authentication: pick one of the POS users at <c>/.auth/login/dev</c>,
/// and every request carries <c>X-MS-CLIENT-PRINCIPAL</c> for them (with both console roles), as Azure passes it.
/// As in Azure, a client cannot send that header itself.
/// </summary>
internal static class LocalSignIn
{
    private const string Cookie = "DevHostSignIn";
    private static readonly string[] Roles = [ConsoleUser.Staff, ConsoleUser.Operator];

    public static void UseLocalSignIn(this WebApplication app)
    {
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(LocalSignIn));
        app.Use((context, next) =>
        {
            context.Request.Headers.Remove(ClientPrincipal.Header);
            if (context.Request.Cookies[Cookie] is { } cookie && TryUnprotect(protector, cookie) is { } userId)
            {
                var claims = Roles.Select(r => new ClientPrincipal.Claim("roles", r)).Append(new ClientPrincipal.Claim(ClientPrincipal.PosUserClaim, userId));
                context.Request.Headers[ClientPrincipal.Header] = new ClientPrincipal([.. claims], "roles").Encode();
            }

            return next(context);
        });

        app.MapGet("/.auth/dev/users", async (PosDirectory directory, CancellationToken cancellationToken) =>
        {
            var outlets = (await directory.OutletsAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
            var users = await directory.UsersAsync(cancellationToken);
            return users.Select(u => new { u.Id, name = u.DisplayName, outlets = u.OutletIds.Select(o => outlets.GetValueOrDefault(o, o)) });
        });
        app.MapPost("/.auth/login/dev", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            context.Response.Cookies.Append(Cookie, protector.Protect(form["userId"].ToString()), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict });
            return Results.Redirect(LocalPath(form["returnTo"].ToString()));
        }).DisableAntiforgery();
        app.MapGet("/.auth/logout", (HttpContext context) =>
        {
            context.Response.Cookies.Delete(Cookie);
            return Results.Redirect(LocalPath(context.Request.Query["post_logout_redirect_uri"].ToString()));
        });
    }

    // Only a path on this host: never an open redirect.
    private static string LocalPath(string path) => path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) ? path : "/";

    private static string? TryUnprotect(IDataProtector protector, string cookie)
    {
        try
        {
            return protector.Unprotect(cookie);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
