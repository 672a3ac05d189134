using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Sync.Application.Webhooks;

namespace Sync.Functions.Webhooks;

/// <summary>Receives eCom (Ecwid) webhooks: the app's one webhook URL. Authenticated by the event's signature.</summary>
public sealed class EcomWebhook(WebhookIntake intake, IOptions<WebhookOptions> options)
{
    [Function(nameof(EcomWebhook))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/ecom")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken) is not { } body)
        {
            return WebhookResponses.TooLarge;
        }

        var outcome = await intake.ReceiveEcomAsync(
            body, request.Headers[EcomSignature.Header], WebhookResponses.CorrelationId(request), cancellationToken);
        return WebhookResponses.For(outcome);
    }
}
