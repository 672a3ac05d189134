namespace Sync.Application.Settings;

/// <param name="Version">The stored document's version (ETag); null while only the configured defaults apply.</param>
public sealed record VersionedSettings(SyncSettings Settings, string? Version);
