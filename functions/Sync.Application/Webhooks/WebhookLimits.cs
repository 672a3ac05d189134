namespace Sync.Application.Webhooks;

/// <summary>
/// Bounds on what a delivery names: its ids become Table keys (at most 1 KiB, escaped up to three times longer) and blob
/// names, so an overlong one is refused as malformed (400) at the door instead of failing on every retry.
/// Real ids are far shorter: Ecwid event ids are UUIDs, entity ids numbers or short codes; X-Series ids are UUIDs.
/// </summary>
public static class WebhookLimits
{
    public const int MaxIdLength = 128;
    public const int MaxTypeLength = 64;

    /// <summary>Why the first field over its bound is refused; null when all are within.</summary>
    public static string? Overlong(params (string Name, string Value, int Max)[] fields) =>
        fields.FirstOrDefault(f => f.Value.Length > f.Max) is { Name: not null } over
            ? $"'{over.Name}' is longer than {over.Max} characters."
            : null;
}
