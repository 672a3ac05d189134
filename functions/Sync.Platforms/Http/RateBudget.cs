using System.Threading.RateLimiting;

namespace Sync.Platforms.Http;

/// <summary>
/// A client-side limiter that spreads calls under a platform budget of <c>Requests</c> per <c>Window</c>.
/// A token bucket with burst B refilled one token at a time never sends more than B + refills in any window,
/// so it is sized to 90% of the budget: the rest absorbs calls that left spread out but arrive bunched.
/// It queues rather than rejects: a burst waits for tokens.
/// </summary>
internal static class RateBudget
{
    private const double Headroom = 0.9;

    public static RateLimiter Limiter(int requests, TimeSpan window)
    {
        var usable = Math.Max(2, (int)(requests * Headroom));
        var burst = Math.Max(1, requests / 20);
        var refills = Math.Max(1, usable - burst - 1);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = window / refills,
            QueueLimit = 1_000_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
