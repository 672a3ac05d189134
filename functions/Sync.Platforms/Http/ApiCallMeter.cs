using System.Diagnostics.Metrics;

namespace Sync.Platforms.Http;

/// <summary>Counts every call that reaches the wire (retries included), by platform, route template and status.</summary>
internal sealed class ApiCallMeter(IMeterFactory meterFactory)
{
    private readonly Counter<long> calls = meterFactory.Create(PlatformMetrics.MeterName)
        .CreateCounter<long>(PlatformMetrics.ApiCalls, unit: "{call}", description: "Platform API calls sent");

    public void Record(string platform, string endpoint, string status) =>
        calls.Add(1,
            new KeyValuePair<string, object?>("platform", platform),
            new KeyValuePair<string, object?>("endpoint", endpoint),
            new KeyValuePair<string, object?>("status", status));
}
