using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Sync.Application.Webhooks;

namespace Sync.Functions.Webhooks;

/// <summary>What both receivers do around the intake: cap the body (413), then answer for the outcome.</summary>
public sealed class WebhookReceiver(IOptions<WebhookOptions> options)
{
    public delegate Task<WebhookOutcome> Intake(ReadOnlyMemory<byte> body, string correlationId);

    public async Task<IActionResult> ReceiveAsync(HttpRequest request, Intake intake, CancellationToken cancellationToken) =>
        await RequestBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken) is { } body
            ? WebhookResponses.For(await intake(body, WebhookResponses.CorrelationId(request)))
            : WebhookResponses.TooLarge(options.Value.MaxBodyBytes);
}
