using Azure.Data.Tables;
using Sync.Application.Platforms;
using Sync.Infrastructure.State;

namespace Sync.IntegrationTests.State;

[Collection(AzuriteCollection.Name)]
public sealed class OAuthTokenStoreTests(AzuriteFixture azurite)
{
    private static readonly OAuthTokens First = new("access-1", "refresh-1", DateTimeOffset.UnixEpoch);
    private static readonly OAuthTokens Rotated = new("access-2", "refresh-2", DateTimeOffset.UnixEpoch.AddDays(1));

    [Fact]
    public async Task The_first_pair_is_saved_once_and_a_rotation_needs_the_version_it_read()
    {
        var store = new OAuthTokenStore(new TableServiceClient(azurite.ConnectionString));

        Assert.Null(await store.GetAsync(CancellationToken.None));
        Assert.True(await store.TrySaveAsync(First, null, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(First, null, CancellationToken.None));

        var read = (await store.GetAsync(CancellationToken.None))!;
        Assert.Equal(First, read.Tokens);
        Assert.True(await store.TrySaveAsync(Rotated, read.Version, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(Rotated, read.Version, CancellationToken.None));
        Assert.Equal(Rotated, (await store.GetAsync(CancellationToken.None))!.Tokens);
    }
}
