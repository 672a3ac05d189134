using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.XSeries;

/// <summary>Bearer auth (the personal token, or issued OAuth access tokens) and the rotating refresh at <c>POST /api/1.0/token</c>.</summary>
public sealed partial class XSeriesSimulator
{
    private readonly HashSet<string> accessTokens = [];
    private string? refreshToken;

    public int TokenRefreshes { get; private set; }

    /// <summary>Issues a token pair as the authorization-code grant would; the refresh token rotates on every use.</summary>
    public (string AccessToken, string RefreshToken) IssueOAuthTokens()
    {
        lock (gate)
        {
            var access = $"access-{NewId()}";
            accessTokens.Add(access);
            refreshToken = $"refresh-{NewId()}";
            return (access, refreshToken);
        }
    }

    /// <summary>Every access token issued so far now answers 401.</summary>
    public void ExpireAccessTokens()
    {
        lock (gate)
        {
            accessTokens.Clear();
        }
    }

    private bool IsAuthorized(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api/1.0/token"))
        {
            return true;
        }
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "";
        lock (gate)
        {
            return token == options.PersonalToken || accessTokens.Contains(token);
        }
    }

    private void MapToken(WebApplication web) => web.MapPost("/api/1.0/token", async (HttpRequest request) =>
    {
        var form = await request.ReadFormAsync();
        lock (gate)
        {
            if (form["grant_type"] != "refresh_token" || form["client_id"] != options.ClientId || form["client_secret"] != options.ClientSecret
                || refreshToken is null || form["refresh_token"] != refreshToken)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            }
            TokenRefreshes++;
            var (access, refresh) = IssueOAuthTokens();
            return Results.Json(new
            {
                access_token = access, token_type = "Bearer", expires_in = 86_400,
                expires = options.Time.GetUtcNow().AddDays(1).ToUnixTimeSeconds(), refresh_token = refresh, domain_prefix = options.DomainPrefix,
            });
        }
    });
}
