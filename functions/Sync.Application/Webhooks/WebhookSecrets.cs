namespace Sync.Application.Webhooks;

/// <summary>
/// The app's client secret that a platform signs its webhooks with (sections <c>XSeries</c> and <c>Ecom</c>),
/// and the previous one, accepted too while a rotation is under way.
/// </summary>
public sealed class WebhookSecrets
{
    public string? ClientSecret { get; set; }

    public string? PreviousClientSecret { get; set; }

    public IEnumerable<string> All() =>
        new[] { ClientSecret, PreviousClientSecret }.Where(s => !string.IsNullOrEmpty(s))!;
}
