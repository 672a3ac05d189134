using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Webhooks;

namespace Sync.Functions.Webhooks;

/// <summary>Receives eCom (Ecwid) webhooks: the app's one webhook URL. Authenticated by the event's signature.</summary>
public sealed class EcomWebhook(WebhookReceiver receiver, WebhookIntake intake)
{
    [Function(nameof(EcomWebhook))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/ecom")] HttpRequest request,
        CancellationToken cancellationToken) =>
        receiver.ReceiveAsync(
            request,
            (body, correlationId) => intake.ReceiveEcomAsync(body, request.Headers[EcomSignature.Header], correlationId, cancellationToken),
            cancellationToken);
}
