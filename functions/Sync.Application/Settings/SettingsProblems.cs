namespace Sync.Application.Settings;

/// <summary>What is wrong with a settings document, by JSON property name (as the settings endpoint's problem details name them).</summary>
public sealed class SettingsProblems
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The fields with problems, for health's "what is missing".</summary>
    public IReadOnlyList<string> Fields => [.. errors.Keys];

    public void Add(string property, string message)
    {
        if (!errors.TryGetValue(property, out var list))
        {
            errors[property] = list = [];
        }

        list.Add(message);
    }
}
