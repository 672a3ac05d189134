using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sync.Application.Events;

namespace Sync.Infrastructure.Health;

/// <summary>Healthy when every concern's queue exists; reports each queue's depth and its poison queue's.</summary>
public sealed class StorageQueuesHealthCheck(QueueServiceClient queues) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var depths = new Dictionary<string, object>();
            foreach (var name in Queues.All.Select(Queues.For))
            {
                if (await DepthAsync(name, cancellationToken) is not { } depth)
                {
                    return HealthCheckResult.Unhealthy($"Queue '{name}' does not exist.", data: depths);
                }

                depths[name] = depth;
                depths[$"{name}-poison"] = await DepthAsync($"{name}-poison", cancellationToken) ?? 0;
            }

            return HealthCheckResult.Healthy("Queues answer.", depths);
        }
        catch (RequestFailedException ex)
        {
            return HealthCheckResult.Unhealthy($"Queue Storage answered {ex.Status} {ex.ErrorCode}.", ex);
        }
    }

    private async Task<int?> DepthAsync(string queueName, CancellationToken cancellationToken)
    {
        try
        {
            return (await queues.GetQueueClient(queueName).GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
