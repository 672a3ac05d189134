using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sync.Infrastructure.Health;

/// <summary>Healthy when the state store answers.</summary>
public sealed class TablesHealthCheck(TableServiceClient tables) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.GetPropertiesAsync(cancellationToken);
            return HealthCheckResult.Healthy("Table Storage answers.");
        }
        catch (RequestFailedException ex)
        {
            return HealthCheckResult.Unhealthy($"Table Storage answered {ex.Status} {ex.ErrorCode}.", ex);
        }
    }
}
