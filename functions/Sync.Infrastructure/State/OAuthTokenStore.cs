using Azure;
using Azure.Data.Tables;
using Sync.Application.Platforms;

namespace Sync.Infrastructure.State;

/// <summary>
/// X-Series rotates its refresh token on every refresh, so the pair is saved with optimistic concurrency:
/// false (409 on the first insert, 412 later) means another instance refreshed first, and the caller re-reads.
/// </summary>
public sealed class OAuthTokenStore(TableServiceClient service) : IOAuthTokenStore
{
    private readonly TableStore<OAuthTokenEntity> table = new(service, TableNames.Tokens);

    public async Task<StoredOAuthTokens?> GetAsync(CancellationToken cancellationToken) =>
        await table.GetAsync(OAuthTokenEntity.XSeriesPartition, OAuthTokenEntity.OAuthRow, cancellationToken) is { } e
            ? new StoredOAuthTokens(new OAuthTokens(e.AccessToken, e.RefreshToken, e.ExpiresAt), e.ETag.ToString())
            : null;

    public Task<bool> TrySaveAsync(OAuthTokens tokens, string? expectedVersion, CancellationToken cancellationToken)
    {
        var entity = new OAuthTokenEntity { AccessToken = tokens.AccessToken, RefreshToken = tokens.RefreshToken, ExpiresAt = tokens.ExpiresAt };
        if (expectedVersion is null)
        {
            return table.TryInsertAsync(entity, cancellationToken);
        }

        entity.ETag = new ETag(expectedVersion);
        return table.TryReplaceAsync(entity, cancellationToken);
    }
}
