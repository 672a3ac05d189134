using Sync.Application.Events;
using Sync.Application.Processing;

namespace Sync.IntegrationTests.Races;

/// <summary>
/// A handler that holds each run open until <paramref name="expected"/> runs have started (or a bound has passed),
/// so copies of one delivery that are not kept apart all run at once.
/// </summary>
internal sealed class ConcurrentHandler(int expected) : IEventHandler
{
    private readonly TaskCompletionSource allStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int runs;

    public Concern Concern => Concern.Inventory;

    public int Runs => runs;

    public Func<Task>? During { get; set; }

    public async Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref runs) >= expected)
        {
            allStarted.TrySetResult();
        }

        await Task.WhenAny(allStarted.Task, Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken));
        if (During is { } during)
        {
            await during();
        }
    }
}
