using System.Globalization;
using Azure.Data.Tables;
using Sync.Application.Processing;

namespace Sync.Infrastructure.State;

/// <summary>Read cursors in <c>SyncWatermarks</c>, one row per name.</summary>
public sealed class ReadCursorStore(TableServiceClient service) : IReadCursors
{
    private const string Partition = "cursor";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Watermarks);

    public async Task<long?> GetAsync(string name, CancellationToken cancellationToken) =>
        await table.GetAsync(Partition, Keys.Escape(name), cancellationToken) is { } row
            ? long.Parse(row.Json, CultureInfo.InvariantCulture)
            : null;

    public Task SetAsync(string name, long value, CancellationToken cancellationToken) =>
        table.UpsertAsync(
            new JsonDocumentEntity { PartitionKey = Partition, RowKey = Keys.Escape(name), Json = value.ToString(CultureInfo.InvariantCulture) },
            cancellationToken);
}
