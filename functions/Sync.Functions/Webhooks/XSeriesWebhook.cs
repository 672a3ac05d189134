using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Sync.Application.Webhooks;

namespace Sync.Functions.Webhooks;

/// <summary>
/// Receives X-Series webhooks. Register one URL per event type (<c>/api/webhooks/xseries/inventory.update</c>):
/// the delivery's own <c>type</c> field is not reliably sent. Authenticated by the body's signature.
/// </summary>
public sealed class XSeriesWebhook(WebhookIntake intake, IOptions<WebhookOptions> options)
{
    [Function(nameof(XSeriesWebhook))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/xseries/{type?}")] HttpRequest request,
        string? type,
        CancellationToken cancellationToken)
    {
        if (await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken) is not { } body)
        {
            return WebhookResponses.TooLarge;
        }

        var outcome = await intake.ReceiveXSeriesAsync(
            body, request.Headers[XSeriesSignature.Header], type, WebhookResponses.CorrelationId(request), cancellationToken);
        return WebhookResponses.For(outcome);
    }
}
