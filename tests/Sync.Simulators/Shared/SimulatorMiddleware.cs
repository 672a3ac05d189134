using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sync.Simulators.Shared;

/// <summary>
/// Around every API call (not <c>/_sim</c>): rate limit, armed faults, latency, auth, then the log.
/// A dropped response is buffered, the write done, and the connection cut.
/// </summary>
internal sealed partial class SimulatorMiddleware(
    RequestLog log, FaultPlan faults, SimRateLimit limit, TimeProvider time,
    Func<HttpContext, bool> authorized,
    Func<HttpContext, RateDecision, Task> throttled,
    Action<HttpContext, RateDecision> rateHeaders)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/_sim") || context.GetEndpoint() is not RouteEndpoint route)
        {
            await next(context);
            return;
        }
        var endpoint = $"{context.Request.Method} /{Constraint().Replace(route.RoutePattern.RawText?.TrimStart('/') ?? "", "}")}";
        try
        {
            await HandleAsync(context, endpoint, next);
        }
        finally
        {
            log.Add(new LoggedRequest(endpoint, context.Request.Path + context.Request.QueryString, context.Response.StatusCode, time.GetUtcNow()));
        }
    }

    private async Task HandleAsync(HttpContext context, string endpoint, RequestDelegate next)
    {
        var decision = limit.Take();
        rateHeaders(context, decision);
        if (!decision.Allowed)
        {
            await throttled(context, decision);
            return;
        }
        if (faults.LatencyOf(endpoint) is var latency && latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, context.RequestAborted);
        }
        if (faults.TakeFailure(endpoint) is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = "Simulated fault" });
            return;
        }
        if (!authorized(context))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "Unauthorized" });
            return;
        }
        if (faults.TakeEmpty(endpoint))
        {
            await context.Response.WriteAsJsonAsync(new { data = Array.Empty<object>() });
            return;
        }
        if (!faults.TakeDrop(endpoint))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        context.Response.Body = new MemoryStream();
        await next(context);
        context.Response.Body = original;
        context.Abort();
    }

    [GeneratedRegex(@":[a-z]+}")]
    private static partial Regex Constraint();
}
