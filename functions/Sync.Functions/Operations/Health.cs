using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sync.Infrastructure.Health;

namespace Sync.Functions.Operations;

/// <summary>
/// <c>Healthy</c>; <c>Degraded</c> while messages are parked (with the count); <c>NotConfigured</c> until the settings are
/// complete and valid (naming what is missing; nothing is synced meanwhile); <c>Unhealthy</c> when storage, queues or POS
/// do not answer. 200 for the first two, 503 for the others.
/// </summary>
public sealed class Health(HealthCheckService health)
{
    [Function(nameof(Health))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/ops/health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var status = report.Status == HealthStatus.Unhealthy ? "Unhealthy"
            : report.Entries.TryGetValue(SettingsHealthCheck.Name, out var settings) && settings.Status != HealthStatus.Healthy ? "NotConfigured"
            : report.Status.ToString();
        var body = new
        {
            status,
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), e.Value.Description, e.Value.Data }),
        };
        return new ObjectResult(body)
        {
            StatusCode = status is "Healthy" or "Degraded" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
        };
    }
}
