using System.Text.Json;

namespace Sync.Application.Settings;

/// <summary>
/// ALL-5: saving settings is a whole-document replace guarded by the version read, validated against the live
/// POS before anything is stored. The document that is already in force is accepted as a no-op.
/// </summary>
public sealed class SettingsEditor(RuntimeSettings runtime, SettingsValidator validator, SyncReadiness readiness)
{
    /// <summary>The version of the configured defaults, while no document is stored.</summary>
    public const string DefaultsVersion = "W/\"configured\"";

    public async Task<VersionedSettings> ReadAsync(CancellationToken cancellationToken)
    {
        var current = await runtime.ReadAsync(cancellationToken);
        return current with { Version = current.Version ?? DefaultsVersion };
    }

    public async Task<SettingsSave> ReplaceAsync(SyncSettings replacement, string expectedVersion, CancellationToken cancellationToken)
    {
        var stored = await runtime.ReadStoredAsync(cancellationToken);
        var current = stored with { Version = stored.Version ?? DefaultsVersion };
        if (current.Version != expectedVersion)
        {
            return new SettingsSave.Stale(current.Version!);
        }

        if (Same(current.Settings, replacement))
        {
            return new SettingsSave.Saved(current);
        }

        var problems = await validator.ValidateAsync(replacement, cancellationToken);
        if (problems.Any)
        {
            return new SettingsSave.Invalid(problems);
        }

        if (!await runtime.TryUpdateAsync(replacement, stored.Version, cancellationToken))
        {
            return new SettingsSave.Stale((await ReadAsync(cancellationToken)).Version!);
        }

        readiness.Forget();
        return new SettingsSave.Saved(await ReadAsync(cancellationToken));
    }

    private static bool Same(SyncSettings a, SyncSettings b) =>
        JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web);
}

/// <summary>The outcome of a settings save.</summary>
public abstract record SettingsSave
{
    private SettingsSave()
    {
    }

    /// <summary>Stored (or already in force): the document and its version.</summary>
    public sealed record Saved(VersionedSettings Current) : SettingsSave;

    /// <summary>Someone saved since the caller read: nothing changed.</summary>
    public sealed record Stale(string CurrentVersion) : SettingsSave;

    /// <summary>Refused: nothing changed.</summary>
    public sealed record Invalid(SettingsProblems Problems) : SettingsSave;
}
