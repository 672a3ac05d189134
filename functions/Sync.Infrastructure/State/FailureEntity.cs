using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

public sealed class FailureEntity : ITableEntity
{
    public const string Row = "last";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Error { get; set; } = "";
}
