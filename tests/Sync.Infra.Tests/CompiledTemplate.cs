using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sync.Infra.Tests;

/// <summary>infra/main.bicep built and linted once for the whole test run, and the ARM JSON it compiles to.</summary>
public sealed partial class CompiledTemplate : IAsyncLifetime
{
    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public BicepResult Build { get; private set; } = null!;

    public BicepResult Lint { get; private set; } = null!;

    /// <summary>The whole compiled template as text, for "never anywhere" checks.</summary>
    public string Json { get; private set; } = string.Empty;

    public JsonObject Main { get; private set; } = null!;

    public IReadOnlyList<ArmResource> Resources { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var build = BicepCli.RunAsync(RepositoryRoot, "build", "infra/main.bicep", "--stdout");
        var lint = BicepCli.RunAsync(RepositoryRoot, "lint", "infra/main.bicep");
        Build = await build;
        Lint = await lint;
        Assert.True(Build.ExitCode == 0, $"bicep build failed:\n{Build.StandardError}");

        Json = Build.StandardOutput;
        Main = JsonNode.Parse(Json)!.AsObject();
        Resources = Walk(Main, module: "main").ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public string PathOf(string relative) => System.IO.Path.Combine(RepositoryRoot, relative);

    /// <summary>Resources the deployment creates (not the ones it only references as existing).</summary>
    public IEnumerable<ArmResource> Deployed(string type) =>
        Resources.Where(r => !r.Existing && string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type) => Assert.Single(Deployed(type));

    /// <summary>The nested deployment main.bicep declares as `module name ...`.</summary>
    public ArmResource Module(string name) =>
        Assert.Single(Deployed("Microsoft.Resources/deployments"), r => r.Name == name);

    public JsonObject ModuleTemplate(string name) => Module(name).Properties["template"]!.AsObject();

    /// <summary>Every app setting the deployment writes, name → ARM value (literal text unquoted, expressions raw).</summary>
    public IReadOnlyDictionary<string, string> AppSettings()
    {
        var fromMain = Module("functionApp").Properties["parameters"]!["appSettings"]!["value"]!;
        var config = Assert.Single(Deployed("Microsoft.Web/sites/config"), r => r.Name.Contains("'appsettings'", StringComparison.Ordinal));
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in new[] { fromMain, config.Node["properties"]! })
        {
            foreach (var (name, value) in ObjectPairs(source))
            {
                settings[name] = value;
            }
        }

        return settings;
    }

    /// <summary>The value of a template variable that an expression names as variables('x'), one level deep.</summary>
    public static string? ResolveVariable(JsonObject template, string expression)
    {
        var match = VariableReference().Match(expression);
        return match.Success ? template["variables"]?[match.Groups[1].Value]?.ToString() : null;
    }

    private static IEnumerable<KeyValuePair<string, string>> ObjectPairs(JsonNode node) => node switch
    {
        JsonObject o => o.Select(p => new KeyValuePair<string, string>(p.Key, p.Value?.ToString() ?? string.Empty)),
        JsonValue v when v.ToString().StartsWith('[') => ArmExpression.CreateObjectPairs(v.ToString())
            .Select(p => new KeyValuePair<string, string>(p.Key, ArmExpression.TryUnquote(p.Value, out var literal) ? literal : p.Value)),
        _ => [],
    };

    private static IEnumerable<ArmResource> Walk(JsonObject template, string module)
    {
        IEnumerable<JsonNode?> resources = template["resources"] switch
        {
            JsonArray array => array,
            JsonObject symbolic => symbolic.Select(p => p.Value),
            _ => [],
        };

        foreach (var node in resources.OfType<JsonObject>())
        {
            var resource = new ArmResource(module, template, node);
            yield return resource;
            if (resource.Type == "Microsoft.Resources/deployments" && node["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested, resource.Name))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Sync.Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Sync.Functions.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableReference();
}

/// <summary>One resource of the compiled template, with the module (nested deployment) that declares it.</summary>
public sealed record ArmResource(string Module, JsonObject Template, JsonObject Node)
{
    public string Type => Node["type"]!.GetValue<string>();

    public string Name => Node["name"]?.ToString() ?? string.Empty;

    public bool Existing => Node["existing"]?.GetValue<bool>() ?? false;

    public string? Condition => Node["condition"]?.ToString();

    public JsonObject Properties => Node["properties"]!.AsObject();
}

[CollectionDefinition(Name)]
public sealed class CompiledTemplateCollection : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "Compiled template";
}
