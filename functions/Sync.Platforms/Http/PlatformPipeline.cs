using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Sync.Platforms.Http;

/// <summary>
/// Retry (outermost) → per-attempt timeout → rate limiter, so every attempt spends budget.
/// A 429 is retried for any method (the platform refused it unprocessed); other transient faults only
/// for GET and PUT, because a POST may have been carried out before the fault.
/// </summary>
internal static class PlatformPipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, RateLimiter limiter, RetrySettings retry, TimeProvider time)
    {
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = retry.MaxAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = retry.BaseDelay,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled
                ? RetryAfter.DelayOf(throttled, time)
                : null),
        });
        builder.AddTimeout(retry.AttemptTimeout);
        builder.AddRateLimiter(limiter);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }
        var method = context.GetRequestMessage()?.Method;
        var idempotent = method == HttpMethod.Get || method == HttpMethod.Put;
        return idempotent && HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
