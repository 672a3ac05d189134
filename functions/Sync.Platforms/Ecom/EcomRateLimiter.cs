using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Sync.Platforms.Http;

namespace Sync.Platforms.Ecom;

/// <summary>One limiter per process for the store's budget, shared by every eCom client instance.</summary>
internal sealed class EcomRateLimiter(IOptions<EcomOptions> options) : IDisposable
{
    public RateLimiter Limiter { get; } = RateBudget.Limiter(options.Value.RateLimit.RequestsPerMinute, options.Value.RateLimit.Window);

    public void Dispose() => Limiter.Dispose();
}
