using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Sync.Application.Webhooks;

namespace Sync.Functions.Webhooks;

/// <summary>
/// <c>GET /api/ops/webhooks</c>: which X-Series webhook types are registered, at which URL. <c>POST /api/ops/webhooks/register</c>:
/// registers the missing ones on this app's own receiver, with the <c>XSeries:WebhookKey</c> function key in each URL.
/// </summary>
public sealed class WebhookRegistrations(XSeriesWebhookSubscriptions subscriptions, IOptionsMonitor<WebhookSecrets> secrets)
{
    [Function("ListWebhooks")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/ops/webhooks")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(new { types = await subscriptions.ListAsync(cancellationToken) });

    [Function("RegisterWebhooks")]
    public async Task<IActionResult> Register(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/ops/webhooks/register")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var baseUrl = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}");
        var added = await subscriptions.RegisterAsync(baseUrl, secrets.Get(WebhookIntake.XSeriesSecrets).WebhookKey, cancellationToken);
        return new OkObjectResult(new { registered = added, types = await subscriptions.ListAsync(cancellationToken) });
    }
}
