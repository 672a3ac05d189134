using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Sync.Application.Webhooks;

namespace Sync.Functions.Webhooks;

internal static class WebhookResponses
{
    public static IActionResult TooLarge(int maxBytes) => Problems.TooLarge(maxBytes);

    /// <summary>200 for anything received (Ecwid counts only 200 OK as delivered); 401 and 400 are not retried by either platform.</summary>
    public static IActionResult For(WebhookOutcome outcome) => outcome.Verdict switch
    {
        WebhookVerdict.Accepted or WebhookVerdict.Ignored => new OkObjectResult(new { outcome.Detail, outcome.Envelope?.EventKey }),
        WebhookVerdict.Unauthorized => Problems.Unauthorized(outcome.Detail),
        WebhookVerdict.Malformed => Problems.BadRequest(outcome.Detail),
        _ => throw new UnreachableException(),
    };

    public static string CorrelationId(HttpRequest request) =>
        request.Headers["X-Correlation-Id"].FirstOrDefault()
        ?? Activity.Current?.TraceId.ToString()
        ?? Guid.NewGuid().ToString("N");
}
