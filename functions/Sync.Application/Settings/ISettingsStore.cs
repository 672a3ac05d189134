namespace Sync.Application.Settings;

public interface ISettingsStore
{
    Task<VersionedSettings?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Saves if the stored version is still <paramref name="expectedVersion"/> (null: nothing stored yet); false otherwise.</summary>
    Task<bool> TrySaveAsync(SyncSettings settings, string? expectedVersion, CancellationToken cancellationToken);
}
