namespace Sync.Application.Webhooks;

/// <summary>Receiver limits (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Larger bodies are refused with 413 before they are read further.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;
}
