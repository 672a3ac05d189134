namespace Sync.Application.Webhooks;

/// <summary>Receiver limits (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Larger bodies are refused with 413 before they are read further.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Ecwid's signature covers only <c>eventCreated.eventId</c>, so a captured signature could be replayed over another body:
    /// an event created longer ago than this is refused. Ecwid retries a failed delivery for 24 h (some of its pages say 48 h);
    /// 50 h covers the longer horizon with 2 h to spare for queueing and clock skew.
    /// </summary>
    public TimeSpan EcomEventMaxAge { get; set; } = TimeSpan.FromHours(50);

    /// <summary>An Ecwid event dated further ahead than this (clock skew) is refused too.</summary>
    public TimeSpan EcomEventMaxSkew { get; set; } = TimeSpan.FromMinutes(10);
}
