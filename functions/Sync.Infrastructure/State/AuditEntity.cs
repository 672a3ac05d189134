using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>Partitioned by entity; rows sort newest first (inverted ticks).</summary>
public sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Action { get; set; } = "";
    public string? RuleId { get; set; }
    public string? EventKey { get; set; }
    public string? CorrelationId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public DateTimeOffset At { get; set; }

    public static string RowFor(DateTimeOffset at) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Guid.NewGuid():N}";
}
