using Microsoft.Extensions.Options;

namespace Sync.Application.Settings;

/// <summary>
/// The settings in force: the stored document, else the configured defaults. Handlers read them on
/// every event, so a copy is kept for <see cref="CacheFor"/>; a change reaches every instance within it.
/// </summary>
public sealed class RuntimeSettings(ISettingsStore store, IOptionsMonitor<SyncSettings> defaults, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private (VersionedSettings Value, DateTimeOffset ReadAt)? cached;

    public async Task<SyncSettings> CurrentAsync(CancellationToken cancellationToken) => (await ReadAsync(cancellationToken)).Settings;

    public async Task<VersionedSettings> ReadAsync(CancellationToken cancellationToken)
    {
        if (cached is { } hit && clock.GetUtcNow() - hit.ReadAt < CacheFor)
        {
            return hit.Value;
        }

        var value = await store.GetAsync(cancellationToken) ?? new VersionedSettings(defaults.CurrentValue, null);
        cached = (value, clock.GetUtcNow());
        return value;
    }

    /// <summary>Read past the cache: an edit is checked against the version stored now, not one cached a moment ago.</summary>
    public async Task<VersionedSettings> ReadStoredAsync(CancellationToken cancellationToken)
    {
        cached = null;
        return await ReadAsync(cancellationToken);
    }

    public async Task<bool> TryUpdateAsync(SyncSettings settings, string? expectedVersion, CancellationToken cancellationToken)
    {
        var saved = await store.TrySaveAsync(settings, expectedVersion, cancellationToken);
        cached = null;
        return saved;
    }
}
