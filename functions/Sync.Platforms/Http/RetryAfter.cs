using System.Net.Http.Headers;

namespace Sync.Platforms.Http;

/// <summary>Reads <c>Retry-After</c> in either form: X-Series sends an HTTP date, Ecwid seconds.</summary>
internal static class RetryAfter
{
    public static TimeSpan? DelayOf(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => Positive(delta),
        { Date: { } date } => Positive(date - time.GetUtcNow()),
        _ => null,
    };

    private static TimeSpan Positive(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay;

    public static RetryConditionHeaderValue At(DateTimeOffset date) => new(date);
}
