using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sync.Application.Platforms;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries.Auth;

/// <summary><c>POST /api/1.0/token</c> with <c>grant_type=refresh_token</c>. Null when the refresh token was refused.</summary>
internal sealed class XSeriesTokenEndpoint(HttpClient http, IOptions<XSeriesOptions> options, TimeProvider time, ILogger<XSeriesTokenEndpoint> logger)
{
    public async Task<OAuthTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = options.Value.ClientId ?? "",
            ["client_secret"] = options.Value.ClientSecret ?? "",
        });
        using var request = ApiEndpoint.Request(HttpMethod.Post, "/api/1.0/token", "/api/1.0/token", form);
        using var response = await http.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode is >= 400 and < 500)
        {
            logger.LogWarning("The X-Series token endpoint refused the refresh token with {Status}", (int)response.StatusCode);
            return null;
        }
        response.EnsureSuccessStatusCode();
        var token = await HttpJson.ReadAsync(response, XSeriesJsonContext.Default.XToken, cancellationToken);
        var expiresAt = token.ExpiresIn is { } seconds
            ? time.GetUtcNow().AddSeconds(seconds)
            : DateTimeOffset.FromUnixTimeSeconds(token.Expires ?? 0);
        return new OAuthTokens(token.AccessToken, token.RefreshToken, expiresAt);
    }
}
