namespace Sync.Application.Settings;

using System.ComponentModel;

/// <summary>Kept by reference in the cache (never copied through a serializer): nobody changes a document once read.</summary>
/// <param name="Version">The stored document's version (ETag); null while only the configured defaults apply.</param>
[ImmutableObject(true)]
public sealed record VersionedSettings(SyncSettings Settings, string? Version);
