namespace Sync.Application.Settings;

/// <summary>Whether the settings in force are complete and valid against the live POS (ALL-5), and what is wrong if not.</summary>
public sealed record Readiness(IReadOnlyDictionary<string, string[]> Problems, DateTimeOffset CheckedAt)
{
    public bool Ready => Problems.Count == 0;
}
