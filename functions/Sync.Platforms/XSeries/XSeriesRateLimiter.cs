using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Sync.Platforms.Http;

namespace Sync.Platforms.XSeries;

/// <summary>One limiter per process for the store's budget, shared by every X-Series client instance.</summary>
internal sealed class XSeriesRateLimiter(IOptions<XSeriesOptions> options) : IDisposable
{
    public RateLimiter Limiter { get; } = RateBudget.Limiter(options.Value.RateLimit.Budget, options.Value.RateLimit.Window);

    public void Dispose() => Limiter.Dispose();
}
