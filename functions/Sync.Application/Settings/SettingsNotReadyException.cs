namespace Sync.Application.Settings;

/// <summary>ALL-5: the settings are not complete and valid, so nothing may be written yet. The message waits; it is not a failure.</summary>
public sealed class SettingsNotReadyException(IReadOnlyList<string> missing)
    : Exception($"The sync is not configured: fix {string.Join(", ", missing)} (GET /api/ops/health names each problem).")
{
    public IReadOnlyList<string> Missing { get; } = missing;
}
