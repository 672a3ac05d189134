using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sync.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class AzdTests(CompiledTemplate template)
{
    [Theory]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("AZURE_FUNCTION_NAME")]
    [InlineData("AZURE_FUNCTION_URI")]
    [InlineData("AZURE_KEY_VAULT_NAME")]
    [InlineData("SERVICE_BUS_NAMESPACE")]
    [InlineData("STORAGE_ACCOUNT_NAME")]
    public void Main_template_outputs_what_azd_and_the_hooks_read(string output) =>
        Assert.Equal("string", template.Main["outputs"]![output]!["type"]!.GetValue<string>());

    [Fact]
    public void No_output_carries_a_secret()
    {
        var templates = new[] { template.Main }
            .Concat(template.Deployed("Microsoft.Resources/deployments").Select(d => d.Properties["template"]!.AsObject()));
        foreach (var t in templates)
        {
            var secureParameters = (t["parameters"]?.AsObject() ?? [])
                .Where(p => p.Value!["type"]!.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase))
                .Select(p => $"parameters('{p.Key}')")
                .ToList();
            foreach (var (name, output) in t["outputs"]?.AsObject() ?? [])
            {
                Assert.DoesNotMatch(new Regex("secret|password|token|connectionstring|sas", RegexOptions.IgnoreCase), name);
                Assert.DoesNotMatch(new Regex(@"^(?!AZURE_KEY_VAULT_NAME$).*key", RegexOptions.IgnoreCase), name);
                var value = output!["value"]?.ToString() ?? string.Empty;
                Assert.DoesNotMatch(new Regex(@"\blist\w*\(|ConnectionString|InstrumentationKey", RegexOptions.IgnoreCase), value);
                Assert.All(secureParameters, p => Assert.DoesNotContain(p, value, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Platform_secret_parameters_are_secure_and_default_to_empty()
    {
        foreach (var name in new[] { "xseriesClientSecret", "xseriesPreviousClientSecret", "xseriesAccessToken", "ecomClientSecret", "ecomAccessToken" })
        {
            var parameter = template.Main["parameters"]![name]!;
            Assert.Equal("securestring", parameter["type"]!.GetValue<string>());
            Assert.Equal(string.Empty, parameter["defaultValue"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Parameters_file_sets_only_declared_parameters_and_every_required_one()
    {
        var file = JsonNode.Parse(File.ReadAllText(template.PathOf("infra/main.parameters.json")))!["parameters"]!.AsObject();
        var declared = template.Main["parameters"]!.AsObject();
        Assert.All(file, p => Assert.True(declared.ContainsKey(p.Key), $"{p.Key} is not a parameter of main.bicep"));
        var required = declared.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key);
        Assert.All(required, name => Assert.True(file.ContainsKey(name), $"{name} is required but not in main.parameters.json"));
        Assert.Equal("${SYNC_TRANSPORT=ServiceBus}", file["transport"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Resource_group_and_names_follow_the_azd_template_convention()
    {
        var rg = template.Single("Microsoft.Resources/resourceGroups");
        Assert.Equal("[format('{0}{1}', variables('abbrs').resourcesResourceGroups, parameters('environmentName'))]", rg.Name);
        Assert.Equal("[toLower(uniqueString(subscription().id, parameters('environmentName'), parameters('location')))]",
            template.Main["variables"]!["resourceToken"]!.ToString());
    }

    [Fact]
    public void Azure_yaml_deploys_the_function_project_and_runs_scripts_that_exist()
    {
        var yaml = File.ReadAllText(template.PathOf("azure.yaml"));
        Assert.Matches(@"(?m)^name: sync-functions\s*$", yaml);
        Assert.Matches(@"(?m)^\s+project: \./functions/Sync\.Functions\s*$", yaml);
        Assert.Matches(@"(?m)^\s+host: function\s*$", yaml);
        Assert.Matches(@"(?m)^requiredVersions:\s*\n\s+azd: "">= 1\.23\.7""\s*$", yaml);
        Assert.True(Directory.Exists(template.PathOf("functions/Sync.Functions")));
        foreach (Match script in Regex.Matches(yaml, @"infra/scripts/[\w.-]+\.(sh|ps1)"))
        {
            Assert.True(File.Exists(template.PathOf(script.Value)), $"{script.Value} is missing");
        }
    }
}
