using Microsoft.Azure.Functions.Worker;
using Sync.Application.Processing;

namespace Sync.Functions.Housekeeping;

public sealed class PurgeProcessedEvents(ProcessedEventRetention retention)
{
    [Function(nameof(PurgeProcessedEvents))]
    public Task Run([TimerTrigger("%HOUSEKEEPING_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        retention.PurgeAsync(cancellationToken);
}
