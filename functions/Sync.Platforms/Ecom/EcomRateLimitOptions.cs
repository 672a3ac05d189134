namespace Sync.Platforms.Ecom;

/// <summary>
/// Ecwid's budget: 600 requests per minute per token (its REST API overview); beyond it a 429 with <c>Retry-After</c> in
/// seconds, and a token that keeps exceeding it can be blocked, so the client stays under it rather than leaning on 429s.
/// </summary>
public sealed class EcomRateLimitOptions
{
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>The budget's window; only tests shorten it, to run a budget in seconds.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
