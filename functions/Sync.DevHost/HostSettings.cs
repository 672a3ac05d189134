using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Sync.DevHost;

/// <summary>
/// The queue settings of host.json, overridable as on Azure with
/// <c>AzureFunctionsJobHost__extensions__queues__maxDequeueCount</c> and the like, and the HTTP route prefix.
/// </summary>
internal sealed record HostSettings(int MaxDequeueCount, TimeSpan VisibilityTimeout, int BatchSize, TimeSpan MaxPollingInterval, string RoutePrefix)
{
    private const string Queues = "extensions:queues:";
    private const string Override = "AzureFunctionsJobHost:";

    public static HostSettings Load(string directory, IConfiguration configuration)
    {
        var hostJson = new ConfigurationBuilder().AddJsonFile(Path.Combine(directory, "host.json"), optional: false).Build();
        string? Read(string name) => configuration[Override + Queues + name] ?? hostJson[Queues + name];

        return new HostSettings(
            Read("maxDequeueCount") is { } dequeues ? int.Parse(dequeues, CultureInfo.InvariantCulture) : 5,
            Read("visibilityTimeout") is { } visibility ? TimeSpan.Parse(visibility, CultureInfo.InvariantCulture) : TimeSpan.Zero,
            Read("batchSize") is { } batch ? int.Parse(batch, CultureInfo.InvariantCulture) : 16,
            Read("maxPollingInterval") is { } polling ? TimeSpan.Parse(polling, CultureInfo.InvariantCulture) : TimeSpan.FromMinutes(1),
            hostJson["extensions:http:routePrefix"] ?? "api");
    }
}
