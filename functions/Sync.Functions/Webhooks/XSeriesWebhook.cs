using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Webhooks;

namespace Sync.Functions.Webhooks;

/// <summary>
/// Receives X-Series webhooks. Register one URL per event type (<c>/api/webhooks/xseries/inventory.update</c>):
/// the delivery's own <c>type</c> field is not reliably sent. ALL-6: authenticated by the function key in the
/// registered URL (<c>?code=</c>), and by the body's signature.
/// </summary>
public sealed class XSeriesWebhook(WebhookReceiver receiver, WebhookIntake intake)
{
    [Function(nameof(XSeriesWebhook))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/webhooks/xseries/{type?}")] HttpRequest request,
        string? type,
        CancellationToken cancellationToken) =>
        receiver.ReceiveAsync(
            request,
            (body, correlationId) => intake.ReceiveXSeriesAsync(body, request.Headers[XSeriesSignature.Header], type, correlationId, cancellationToken),
            cancellationToken);
}
