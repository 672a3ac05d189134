using Sync.Platforms.Http;

namespace Sync.Platforms.Ecom;

/// <summary>Configuration section <c>Ecom</c>.</summary>
public sealed class EcomOptions
{
    public const string Section = "Ecom";

    public Uri BaseUrl { get; set; } = new("https://app.ecwid.com");
    public string StoreId { get; set; } = "";
    public string AccessToken { get; set; } = "";
    public EcomRateLimitOptions RateLimit { get; set; } = new();
    public RetrySettings Retry { get; set; } = new();
}
