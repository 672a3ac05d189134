namespace Sync.Application.Processing;

/// <summary>Configuration section <c>Sync:Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Sync:Retention";

    public TimeSpan ProcessedEvents { get; set; } = TimeSpan.FromDays(7);
}
