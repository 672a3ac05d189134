using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>A row holding one JSON document (settings, link details): read and replaced whole, with its ETag.</summary>
public sealed class JsonDocumentEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Json { get; set; } = "";
}
