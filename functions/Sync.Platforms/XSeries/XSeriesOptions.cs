using Sync.Platforms.Http;

namespace Sync.Platforms.XSeries;

/// <summary>Configuration section <c>XSeries</c>. A personal token, or OAuth (client id and secret, tokens in <c>IOAuthTokenStore</c>).</summary>
public sealed class XSeriesOptions
{
    public const string Section = "XSeries";

    public Uri? BaseUrl { get; set; }
    public string DomainPrefix { get; set; } = "";
    public string? PersonalToken { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public XSeriesRateLimitOptions RateLimit { get; set; } = new();
    public RetrySettings Retry { get; set; } = new();

    public bool UsesOAuth => !string.IsNullOrEmpty(ClientId);

    public Uri ResolveBaseUrl() => BaseUrl ?? new Uri($"https://{DomainPrefix}.retail.lightspeed.app");
}
