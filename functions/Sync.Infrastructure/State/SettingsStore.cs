using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Sync.Application.Settings;

namespace Sync.Infrastructure.State;

/// <summary>The settings as one JSON document; concurrent edits are refused by ETag.</summary>
public sealed class SettingsStore(TableServiceClient service) : ISettingsStore
{
    private const string Partition = "settings";
    private const string Row = "current";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Settings);

    public async Task<VersionedSettings?> GetAsync(CancellationToken cancellationToken) =>
        await table.GetAsync(Partition, Row, cancellationToken) is { } row
            ? new VersionedSettings(JsonSerializer.Deserialize(row.Json, StateJson.Default.SyncSettings)!, row.ETag.ToString())
            : null;

    public Task<bool> TrySaveAsync(SyncSettings settings, string? expectedVersion, CancellationToken cancellationToken)
    {
        var row = new JsonDocumentEntity
        {
            PartitionKey = Partition,
            RowKey = Row,
            Json = JsonSerializer.Serialize(settings, StateJson.Default.SyncSettings),
        };
        if (expectedVersion is null)
        {
            return table.TryInsertAsync(row, cancellationToken);
        }

        row.ETag = new ETag(expectedVersion);
        return table.TryReplaceAsync(row, cancellationToken);
    }
}
