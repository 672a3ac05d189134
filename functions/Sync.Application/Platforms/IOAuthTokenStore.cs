namespace Sync.Application.Platforms;

/// <summary>Keeps the X-Series OAuth token pair; refresh tokens rotate, so every writer must win or re-read.</summary>
public interface IOAuthTokenStore
{
    Task<StoredOAuthTokens?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Saves when <paramref name="expectedVersion"/> is still current (null: only when none is stored); false when someone else saved first.</summary>
    Task<bool> TrySaveAsync(OAuthTokens tokens, string? expectedVersion, CancellationToken cancellationToken);
}
