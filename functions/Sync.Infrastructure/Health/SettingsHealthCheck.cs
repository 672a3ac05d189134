using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sync.Application.Settings;

namespace Sync.Infrastructure.Health;

/// <summary>ALL-5: Healthy when the settings in force are complete and valid against POS; otherwise Degraded, naming each problem.</summary>
public sealed class SettingsHealthCheck(SyncReadiness readiness) : IHealthCheck
{
    public const string Name = "settings";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var verdict = await readiness.CheckAsync(cancellationToken);
            return verdict.Ready
                ? HealthCheckResult.Healthy("The settings are complete and valid.")
                : HealthCheckResult.Degraded(
                    $"Not configured: nothing is synced until {string.Join(", ", verdict.Problems.Keys)} are fixed (PUT /api/ops/settings).",
                    data: verdict.Problems.ToDictionary(p => p.Key, p => (object)p.Value));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The settings could not be checked against POS: {ex.Message}", ex);
        }
    }
}
