using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sync.Application.Parking;

namespace Sync.Infrastructure.Health;

/// <summary>ALL-2: Degraded while any message is parked, with the count per concern.</summary>
public sealed class ParkedHealthCheck(IParkedMessages parked) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var messages = await parked.ListAsync(cancellationToken).ToListAsync(cancellationToken);
        var byConcern = messages.GroupBy(m => m.Concern.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => (object)g.Count());
        var total = messages.Count;
        byConcern["parked"] = total;
        return total == 0
            ? HealthCheckResult.Healthy("No message is parked.", byConcern)
            : HealthCheckResult.Degraded($"{total} message(s) parked: see GET /api/ops/parked, fix the cause, then replay them.", data: byConcern);
    }
}
