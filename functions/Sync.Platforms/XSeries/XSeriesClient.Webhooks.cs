using System.Net;
using System.Net.Http.Json;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries;

internal sealed partial class XSeriesClient
{
    public async Task<IReadOnlyList<Webhook>> GetWebhooksAsync(CancellationToken cancellationToken)
    {
        var request = ApiEndpoint.Request(HttpMethod.Get, "/api/2.0/webhooks", "/api/2.0/webhooks");
        var hooks = await http.SendAsync(request, Json.XListXWebhook, cancellationToken);
        return hooks.Items.Select(h => new Webhook(h.Id, h.Type, new Uri(h.Url), h.Active)).ToList();
    }

    /// <summary>409 means this type and URL exist already: registered all the same.</summary>
    public async Task<WebhookRegistration> RegisterWebhookAsync(string type, Uri url, CancellationToken cancellationToken)
    {
        using var request = ApiEndpoint.Request(HttpMethod.Post, "/api/2.0/webhooks", "/api/2.0/webhooks",
            JsonContent.Create(new XNewWebhook(url.ToString(), true, type), Json.XNewWebhook));
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return WebhookRegistration.AlreadyRegistered;
        }
        response.EnsureSuccessStatusCode();
        return WebhookRegistration.Registered;
    }

    public async Task DeleteWebhookAsync(string webhookId, CancellationToken cancellationToken)
    {
        using var request = ApiEndpoint.Request(HttpMethod.Delete, "/api/2.0/webhooks/{id}", $"/api/2.0/webhooks/{Escape(webhookId)}");
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
