using Azure;
using Azure.Data.Tables;
using Sync.Application.Platforms;

namespace Sync.Infrastructure.Tokens;

/// <summary>
/// Optimistic concurrency on the row's ETag: 412 (replace) or 409 (first insert) means another instance
/// refreshed first, and the caller re-reads.
/// </summary>
public sealed class TableOAuthTokenStore(TableClient table) : IOAuthTokenStore
{
    public async Task<StoredOAuthTokens?> GetAsync(CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<OAuthTokenEntity>(
            OAuthTokenEntity.XSeriesPartition, OAuthTokenEntity.OAuthRow, cancellationToken: cancellationToken);
        return row is { HasValue: true, Value: { } e }
            ? new StoredOAuthTokens(new OAuthTokens(e.AccessToken, e.RefreshToken, e.ExpiresAt), e.ETag.ToString())
            : null;
    }

    public async Task<bool> TrySaveAsync(OAuthTokens tokens, string? expectedVersion, CancellationToken cancellationToken)
    {
        var entity = new OAuthTokenEntity { AccessToken = tokens.AccessToken, RefreshToken = tokens.RefreshToken, ExpiresAt = tokens.ExpiresAt };
        try
        {
            if (expectedVersion is null)
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(entity, new ETag(expectedVersion), TableUpdateMode.Replace, cancellationToken);
            }
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }
}
