namespace Sync.Application.Settings;

/// <summary>Configuration section <c>Sync:Validation</c>.</summary>
public sealed class SettingsValidationOptions
{
    public const string Section = "Sync:Validation";

    /// <summary>
    /// Lets the outbound notification URL be plain http on a loopback address. Only the dev host sets it (its test
    /// receivers listen there); in Azure the URL must be https to a public host.
    /// </summary>
    public bool AllowLoopbackNotificationUrl { get; set; }
}
