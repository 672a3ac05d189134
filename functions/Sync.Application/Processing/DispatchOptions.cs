namespace Sync.Application.Processing;

/// <summary>How copies of one delivery take turns (configuration section <c>Sync:Dispatch</c>).</summary>
public sealed class DispatchOptions
{
    public const string Section = "Sync:Dispatch";

    /// <summary>How long a claim on an event holds: after it a crashed run's event is applied by a copy or a retry.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a copy waits for the run holding its event before its delivery fails and is retried.</summary>
    public TimeSpan WaitFor { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan PollEvery { get; set; } = TimeSpan.FromMilliseconds(250);
}
