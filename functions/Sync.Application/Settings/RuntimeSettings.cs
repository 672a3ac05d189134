using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Sync.Application.Settings;

/// <summary>
/// The settings in force: the stored document, else the configured defaults. Handlers read them on every event, so a
/// copy is kept for <see cref="CacheFor"/> (concurrent misses read the store once); a change reaches every instance within it.
/// </summary>
public sealed class RuntimeSettings(ISettingsStore store, IOptionsMonitor<SyncSettings> defaults, HybridCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private const string Key = "sync:settings";
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = CacheFor, LocalCacheExpiration = CacheFor };

    public async Task<SyncSettings> CurrentAsync(CancellationToken cancellationToken) => (await ReadAsync(cancellationToken)).Settings;

    public async Task<VersionedSettings> ReadAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            Key, async token => await store.GetAsync(token) ?? new VersionedSettings(defaults.CurrentValue, null), Entry, cancellationToken: cancellationToken);

    /// <summary>Read past the cache: an edit is checked against the version stored now, not one cached a moment ago.</summary>
    public async Task<VersionedSettings> ReadStoredAsync(CancellationToken cancellationToken)
    {
        await cache.RemoveAsync(Key, cancellationToken);
        return await ReadAsync(cancellationToken);
    }

    public async Task<bool> TryUpdateAsync(SyncSettings settings, string? expectedVersion, CancellationToken cancellationToken)
    {
        var saved = await store.TrySaveAsync(settings, expectedVersion, cancellationToken);
        await cache.RemoveAsync(Key, cancellationToken);
        return saved;
    }
}
