using Microsoft.Extensions.Logging;
using Sync.Application.Platforms;

namespace Sync.Platforms.XSeries.Auth;

/// <summary>
/// OAuth access tokens, refreshed before expiry or after a 401. One refresh at a time in this process; across
/// processes the store's version decides: a writer that lost re-reads the pair the winner saved, because the
/// refresh token it used has rotated away.
/// </summary>
internal sealed class OAuthTokenSource(IOAuthTokenStore store, XSeriesTokenEndpoint endpoint, TimeProvider time, ILogger<OAuthTokenSource> logger)
    : IXSeriesAccessTokens, IDisposable
{
    private static readonly TimeSpan ExpirySkew = TimeSpan.FromMinutes(5);
    private const int Attempts = 3;
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private StoredOAuthTokens? current;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        var tokens = current ??= await ReadAsync(cancellationToken);
        return IsFresh(tokens.Tokens) ? tokens.Tokens.AccessToken : await RefreshAsync(tokens.Tokens.AccessToken, cancellationToken);
    }

    public async Task<string?> RenewAsync(string rejected, CancellationToken cancellationToken) =>
        await RefreshAsync(rejected, cancellationToken);

    private async Task<string> RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                current = await ReadAsync(cancellationToken);
                if (current.Tokens.AccessToken != rejected && IsFresh(current.Tokens))
                {
                    return current.Tokens.AccessToken;
                }
                if (await endpoint.RefreshAsync(current.Tokens.RefreshToken, cancellationToken) is { } fresh
                    && await store.TrySaveAsync(fresh, current.Version, cancellationToken))
                {
                    logger.LogInformation("Refreshed the X-Series access token; it expires at {ExpiresAt}", fresh.ExpiresAt);
                    current = null;
                    return fresh.AccessToken;
                }
                logger.LogInformation("Another instance refreshed the X-Series token first (attempt {Attempt}); re-reading", attempt);
            }
            throw new InvalidOperationException("The X-Series OAuth token could not be refreshed.");
        }
        finally
        {
            refreshing.Release();
        }
    }

    public void Dispose() => refreshing.Dispose();

    private bool IsFresh(OAuthTokens tokens) => tokens.ExpiresAt - ExpirySkew > time.GetUtcNow();

    private async Task<StoredOAuthTokens> ReadAsync(CancellationToken cancellationToken) =>
        await store.GetAsync(cancellationToken)
            ?? throw new InvalidOperationException("No X-Series OAuth tokens are stored: connect the store first.");
}
