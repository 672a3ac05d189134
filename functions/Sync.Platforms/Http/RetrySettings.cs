namespace Sync.Platforms.Http;

/// <summary>Back-off for transient faults; a 429 waits as long as its <c>Retry-After</c> says instead.</summary>
public sealed class RetrySettings
{
    public int MaxAttempts { get; set; } = 5;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
