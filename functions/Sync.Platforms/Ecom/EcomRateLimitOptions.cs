namespace Sync.Platforms.Ecom;

/// <summary>800 requests per minute per store. (unsure: the figures are from 2020)</summary>
public sealed class EcomRateLimitOptions
{
    public int RequestsPerMinute { get; set; } = 800;

    /// <summary>The budget's window; only tests shorten it, to run a budget in seconds.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
