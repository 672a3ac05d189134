using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Sync.DevHost;

internal static class LocalSettings
{
    /// <summary>
    /// Adds <c>local.settings.json</c>'s <c>Values</c> as Functions does (as environment variables:
    /// <c>A__B</c> is <c>A:B</c>), below the environment and the command line.
    /// </summary>
    public static void AddLocalSettings(this IConfigurationManager configuration, string directory, string[] args)
    {
        var path = Path.Combine(directory, "local.settings.json");
        if (!File.Exists(path))
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!json.RootElement.TryGetProperty("Values", out var values))
        {
            return;
        }

        configuration.AddInMemoryCollection(values.EnumerateObject()
            .Select(v => KeyValuePair.Create(v.Name.Replace("__", ":", StringComparison.Ordinal), (string?)v.Value.ToString())));
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
    }
}
