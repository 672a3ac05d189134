using Microsoft.Extensions.Logging;
using Sync.Application.Events;
using Sync.Application.Messaging;
using Sync.Application.Settings;

namespace Sync.Application.Inventory;

/// <summary>INV-8: a POS change marks its product dirty; the first mark schedules one flush after the coalescing window.</summary>
public sealed partial class MarkProductDirty(
    IDirtyMarks marks, IEventQueue queue, RuntimeSettings settings, TimeProvider clock, ILogger<MarkProductDirty> logger)
{
    // A mark older than this has lost its flush (a crash between mark and schedule): it is taken over.
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public async Task ExecuteAsync(string posProductId, EventEnvelope hint, CancellationToken cancellationToken)
    {
        var window = (await settings.CurrentAsync(cancellationToken)).CoalescingWindow;
        var now = clock.GetUtcNow();
        if (!await marks.TryMarkAsync(posProductId, now, window + Grace, cancellationToken))
        {
            LogCoalesced(posProductId, hint.EventKey);
            return;
        }

        await queue.ScheduleAsync(InventoryFlush.For(posProductId, hint, now), now + window, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "POS product {ProductId} already has a flush scheduled; {EventKey} coalesced (INV-8)")]
    private partial void LogCoalesced(string productId, string eventKey);
}
