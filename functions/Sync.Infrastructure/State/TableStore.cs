using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>
/// Typed access to one table: insert-if-absent and ETag-checked replace report conflicts as
/// <c>false</c> (409 and 412 are expected outcomes, not crashes), and a successful write leaves the entity's new ETag on it,
/// so the writer can write again only if nobody else has. Batches never cross a partition.
/// The table is created on first use.
/// </summary>
public sealed class TableStore<T>(TableServiceClient service, string tableName)
    where T : class, ITableEntity, new()
{
    private const int MaxBatch = 100;
    private readonly TableClient table = service.GetTableClient(tableName);
    private Task? created;

    public string Name => tableName;

    public async Task<T?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var response = await OnTableAsync(t => t.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: cancellationToken));
        return response.HasValue ? response.Value : null;
    }

    public async Task<bool> TryInsertAsync(T entity, CancellationToken cancellationToken)
    {
        try
        {
            var response = await OnTableAsync(t => t.AddEntityAsync(entity, cancellationToken));
            entity.ETag = response.Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    /// <summary>Replaces the entity if it is unchanged since it was read (its ETag); false when someone else changed it.</summary>
    public async Task<bool> TryReplaceAsync(T entity, CancellationToken cancellationToken)
    {
        try
        {
            var response = await OnTableAsync(t => t.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken));
            entity.ETag = response.Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task UpsertAsync(T entity, CancellationToken cancellationToken) =>
        await OnTableAsync(t => t.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken));

    public async Task DeleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        await OnTableAsync(t => t.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken));

    /// <summary>Deletes the entity if it is unchanged since it was read (<paramref name="etag"/>); false when it changed or is gone.</summary>
    public async Task<bool> TryDeleteAsync(string partitionKey, string rowKey, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await OnTableAsync(t => t.DeleteEntityAsync(partitionKey, rowKey, etag, cancellationToken));
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async IAsyncEnumerable<T> QueryAsync(string? filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in (await Ready()).QueryAsync<T>(filter, cancellationToken: cancellationToken))
        {
            yield return entity;
        }
    }

    /// <summary>Applies the actions in transactions of at most 100, one partition each (Azure refuses cross-partition batches).</summary>
    public async Task SubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var client = await Ready();
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(MaxBatch))
            {
                await client.SubmitTransactionAsync(chunk, cancellationToken);
            }
        }
    }

    // A table that vanished after it was created (deleted by hand, storage restored without it) is created again, once per call.
    private async Task<TResult> OnTableAsync<TResult>(Func<TableClient, Task<TResult>> operation)
    {
        try
        {
            return await operation(await Ready());
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == "TableNotFound")
        {
            created = null;
            return await operation(await Ready());
        }
    }

    // Created once per process; a failed attempt (storage unreachable) is tried again on next use.
    private async Task<TableClient> Ready()
    {
        var creation = created;
        if (creation is null || creation.IsFaulted || creation.IsCanceled)
        {
            created = creation = table.CreateIfNotExistsAsync();
        }

        await creation;
        return table;
    }
}
