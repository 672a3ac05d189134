using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sync.Application.Processing;

/// <summary>
/// Forgets processed events once no platform can redeliver them (both stop retrying within 48 h),
/// so the dedupe table stays small.
/// </summary>
public sealed partial class ProcessedEventRetention(
    IProcessedEvents processed, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<ProcessedEventRetention> logger)
{
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var purged = await processed.PurgeAsync(clock.GetUtcNow() - options.Value.ProcessedEvents, cancellationToken);
        LogPurged(purged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} processed-event records")]
    private partial void LogPurged(int count);
}
