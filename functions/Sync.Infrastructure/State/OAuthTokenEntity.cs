using Azure;
using Azure.Data.Tables;

namespace Sync.Infrastructure.State;

/// <summary>The single row holding the X-Series token pair.</summary>
public sealed class OAuthTokenEntity : ITableEntity
{
    public const string XSeriesPartition = "xseries";
    public const string OAuthRow = "oauth";

    public string PartitionKey { get; set; } = XSeriesPartition;
    public string RowKey { get; set; } = OAuthRow;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string AccessToken { get; set; } = "";
    public string RefreshToken { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}
