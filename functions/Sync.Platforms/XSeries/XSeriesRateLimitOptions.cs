namespace Sync.Platforms.XSeries;

/// <summary>The X-Series budget: 300 × registers + 50 requests per 300 s, per store and app.</summary>
public sealed class XSeriesRateLimitOptions
{
    public int Registers { get; set; } = 1;
    public int? RequestsPer5Minutes { get; set; }

    /// <summary>The budget's window; only tests shorten it, to run a budget in seconds.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);

    public int Budget => RequestsPer5Minutes ?? 300 * Registers + 50;
}
