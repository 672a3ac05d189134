namespace Sync.Application.Webhooks;

/// <summary>
/// The app's client secret that a platform signs its webhooks with (sections <c>XSeries</c> and <c>Ecom</c>),
/// and the previous one, accepted too while a rotation is under way.
/// </summary>
public sealed class WebhookSecrets
{
    public string? ClientSecret { get; set; }

    public string? PreviousClientSecret { get; set; }

    /// <summary>X-Series: the app's OAuth client id, when it is an OAuth app (a personal-token store has none).</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// X-Series (<c>XSeries:SignedWebhooks</c>): whether every delivery must be signed. X-Series signs only for OAuth apps, so it
    /// defaults to whether a client id is configured; otherwise a delivery is authenticated by the function key in its URL.
    /// </summary>
    public bool? SignedWebhooks { get; set; }

    /// <summary>X-Series (<c>XSeries:WebhookKey</c>): the function key put in the registered webhook URLs (<c>?code=</c>).</summary>
    public string? WebhookKey { get; set; }

    public bool RequiresSignature => SignedWebhooks ?? !string.IsNullOrEmpty(ClientId);

    public IEnumerable<string> All() =>
        new[] { ClientSecret, PreviousClientSecret }.Where(s => !string.IsNullOrEmpty(s))!;
}
