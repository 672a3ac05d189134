using Sync.Application.Platforms;

namespace Sync.Platforms.Tests.Support;

internal sealed class InMemoryTokenStore : IOAuthTokenStore
{
    private readonly Lock gate = new();
    private StoredOAuthTokens? stored;
    private int version;

    public int Saves { get; private set; }

    public Task<StoredOAuthTokens?> GetAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(stored);
        }
    }

    public Task<bool> TrySaveAsync(OAuthTokens tokens, string? expectedVersion, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (stored?.Version != expectedVersion)
            {
                return Task.FromResult(false);
            }
            Saves++;
            stored = new StoredOAuthTokens(tokens, (++version).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.FromResult(true);
        }
    }
}
