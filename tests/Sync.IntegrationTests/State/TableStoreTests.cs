using Azure.Data.Tables;
using Sync.Infrastructure.State;

namespace Sync.IntegrationTests.State;

[Collection(AzuriteCollection.Name)]
public sealed class TableStoreTests(AzuriteFixture azurite)
{
    private readonly TableStore<FailureEntity> store = new(new TableServiceClient(azurite.ConnectionString), $"T{Guid.NewGuid():N}");

    private static FailureEntity Entity(string partition, string row = FailureEntity.Row, string error = "e") =>
        new() { PartitionKey = partition, RowKey = row, Error = error };

    [Fact]
    public async Task Insert_if_absent_succeeds_once_and_reports_the_second_as_a_conflict()
    {
        Assert.True(await store.TryInsertAsync(Entity("a", error: "first"), CancellationToken.None));
        Assert.False(await store.TryInsertAsync(Entity("a", error: "second"), CancellationToken.None));
        Assert.Equal("first", (await store.GetAsync("a", FailureEntity.Row, CancellationToken.None))!.Error);
    }

    [Fact]
    public async Task Concurrent_inserts_of_one_key_let_exactly_one_win()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => store.TryInsertAsync(Entity("race", error: $"{i}"), CancellationToken.None)));
        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task A_replace_with_a_stale_etag_is_refused()
    {
        await store.TryInsertAsync(Entity("b"), CancellationToken.None);
        var first = (await store.GetAsync("b", FailureEntity.Row, CancellationToken.None))!;
        var second = (await store.GetAsync("b", FailureEntity.Row, CancellationToken.None))!;

        first.Error = "first writer";
        Assert.True(await store.TryReplaceAsync(first, CancellationToken.None));
        second.Error = "second writer";
        Assert.False(await store.TryReplaceAsync(second, CancellationToken.None));
        Assert.Equal("first writer", (await store.GetAsync("b", FailureEntity.Row, CancellationToken.None))!.Error);
    }

    [Fact]
    public async Task A_batch_over_several_partitions_and_beyond_a_hundred_rows_is_split_and_applied()
    {
        var actions = Enumerable.Range(0, 250)
            .Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity($"p{i % 3}", $"r{i}")));

        await store.SubmitAsync(actions, CancellationToken.None);

        Assert.Equal(250, await store.QueryAsync(null, CancellationToken.None).CountAsync());
    }

    [Fact]
    public async Task Deleting_what_is_not_there_is_not_an_error()
    {
        await store.DeleteAsync("missing", "row", CancellationToken.None);
        Assert.Null(await store.GetAsync("missing", "row", CancellationToken.None));
    }
}
