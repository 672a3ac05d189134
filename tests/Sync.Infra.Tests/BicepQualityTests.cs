namespace Sync.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class BicepQualityTests(CompiledTemplate template)
{
    [Fact]
    public void Bicep_build_reports_no_error_or_warning() =>
        Assert.True(template.Build.Diagnostics.Count == 0, string.Join('\n', template.Build.Diagnostics));

    [Fact]
    public void Bicep_lint_passes_with_no_finding()
    {
        Assert.True(template.Lint.ExitCode == 0, template.Lint.StandardOutput + template.Lint.StandardError);
        Assert.True(template.Lint.Diagnostics.Count == 0, string.Join('\n', template.Lint.Diagnostics));
    }

    [Fact]
    public void Every_resource_type_has_a_pinned_api_version()
    {
        foreach (var resource in template.Resources)
        {
            var apiVersion = resource.Node["apiVersion"]?.ToString() ?? string.Empty;
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", apiVersion); // GA only: no -preview
        }
    }

    [Fact]
    public void Every_resource_is_tagged_with_the_azd_environment()
    {
        Assert.Equal("[parameters('environmentName')]", template.Main["variables"]!["tags"]!["azd-env-name"]!.ToString());
        foreach (var module in template.Deployed("Microsoft.Resources/deployments"))
        {
            var tags = module.Properties["parameters"]!["tags"]?["value"]?.ToString();
            Assert.True(tags is null || tags == "[variables('tags')]", $"module {module.Name} gets tags {tags}");
        }

        var located = template.Resources.Where(r => !r.Existing && r.Node["location"] is not null).ToList();
        Assert.NotEmpty(located);
        foreach (var resource in located)
        {
            var tags = resource.Node["tags"]?.ToString() ?? string.Empty;
            var inherits = resource.Module == "main" ? "variables('tags')" : "parameters('tags')";
            Assert.True(tags.Contains(inherits, StringComparison.Ordinal), $"{resource.Type} {resource.Name} is not tagged azd-env-name");
        }
    }
}
