using Azure;
using Azure.Data.Tables;
using Moq;
using Sync.Application.Platforms;
using Sync.Infrastructure.Tokens;

namespace Sync.Platforms.Tests.Tokens;

public sealed class TableOAuthTokenStoreTests
{
    private static readonly OAuthTokens Tokens = new("access", "refresh", DateTimeOffset.UtcNow.AddDays(1));

    [Fact]
    public async Task A_save_over_a_version_someone_else_replaced_answers_false_so_the_caller_re_reads()
    {
        var table = new Mock<TableClient>();
        table.Setup(t => t.UpdateEntityAsync(It.IsAny<OAuthTokenEntity>(), new ETag("v1"), TableUpdateMode.Replace, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(412, "Precondition failed"));

        Assert.False(await new TableOAuthTokenStore(table.Object).TrySaveAsync(Tokens, "v1", default));
    }

    [Fact]
    public async Task A_first_save_inserts_and_a_concurrent_first_save_answers_false()
    {
        var table = new Mock<TableClient>();
        table.SetupSequence(t => t.AddEntityAsync(It.IsAny<OAuthTokenEntity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Mock.Of<Response>())
            .ThrowsAsync(new RequestFailedException(409, "Conflict"));
        var store = new TableOAuthTokenStore(table.Object);

        Assert.True(await store.TrySaveAsync(Tokens, null, default));
        Assert.False(await store.TrySaveAsync(Tokens, null, default));
    }
}
