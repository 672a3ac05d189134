namespace Sync.Platforms.Http;

/// <summary>Names of the API call accounting instruments, for dashboards and tests.</summary>
public static class PlatformMetrics
{
    public const string MeterName = "Sync.Platforms";
    public const string ApiCalls = "platform.api.calls";
}
