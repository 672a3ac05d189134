using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Webhooks;

/// <summary>One X-Series webhook type the sync uses, and the URLs it is registered on (their keys hidden).</summary>
public sealed record WebhookTypeStatus(string Type, bool Registered, IReadOnlyList<string> Urls);

/// <summary>
/// The X-Series webhooks the sync needs, one URL per type (the delivery's own <c>type</c> field is not reliably sent, so the
/// type travels in the URL), each carrying the function key (<c>?code=</c>) that authenticates unsigned deliveries (ALL-6).
/// Registering twice registers nothing new.
/// </summary>
public sealed class XSeriesWebhookSubscriptions(IXSeriesClient pos)
{
    public const string Route = "api/webhooks/xseries";

    public static Uri UrlFor(Uri appBaseUrl, string type, string? functionKey)
    {
        var url = new Uri(new Uri(appBaseUrl.ToString().TrimEnd('/') + "/"), $"{Route}/{type}");
        return string.IsNullOrEmpty(functionKey) ? url : new Uri($"{url}?code={Uri.EscapeDataString(functionKey)}");
    }

    /// <summary>Registers each type the sync uses on its URL under <paramref name="appBaseUrl"/>; the types newly registered.</summary>
    public async Task<IReadOnlyList<string>> RegisterAsync(Uri appBaseUrl, string? functionKey, CancellationToken cancellationToken)
    {
        var existing = await pos.GetWebhooksAsync(cancellationToken);
        var added = new List<string>();
        foreach (var type in WebhookRoutes.XSeriesTypes)
        {
            var url = UrlFor(appBaseUrl, type, functionKey);
            if (existing.Any(h => h.Type == type && h.Url == url)
                || await pos.RegisterWebhookAsync(type, url, cancellationToken) == WebhookRegistration.AlreadyRegistered)
            {
                continue;
            }
            added.Add(type);
        }
        return added;
    }

    /// <summary>Each type the sync uses, with the URLs it is registered on.</summary>
    public async Task<IReadOnlyList<WebhookTypeStatus>> ListAsync(CancellationToken cancellationToken)
    {
        var hooks = await pos.GetWebhooksAsync(cancellationToken);
        return WebhookRoutes.XSeriesTypes.Select(type =>
        {
            var urls = hooks.Where(h => h.Type == type && h.Active).Select(h => WithoutKey(h.Url)).ToList();
            return new WebhookTypeStatus(type, urls.Count > 0, urls);
        }).ToList();
    }

    /// <summary>Removes every webhook registered on this app's receiver under <paramref name="appBaseUrl"/>; the number removed.</summary>
    public async Task<int> RemoveAsync(Uri appBaseUrl, CancellationToken cancellationToken)
    {
        var receiver = UrlFor(appBaseUrl, "", null).GetLeftPart(UriPartial.Path);
        var ours = (await pos.GetWebhooksAsync(cancellationToken)).Where(h => h.Url.GetLeftPart(UriPartial.Path).StartsWith(receiver, StringComparison.Ordinal)).ToList();
        foreach (var hook in ours)
        {
            await pos.DeleteWebhookAsync(hook.Id, cancellationToken);
        }
        return ours.Count;
    }

    private static string WithoutKey(Uri url) => string.IsNullOrEmpty(url.Query) ? url.ToString() : $"{url.GetLeftPart(UriPartial.Path)}?code=***";
}
