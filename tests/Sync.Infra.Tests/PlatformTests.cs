namespace Sync.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class PlatformTests(CompiledTemplate template)
{
    [Fact]
    public void Key_Vault_authorises_with_RBAC_and_keeps_deleted_secrets()
    {
        var vault = template.Single("Microsoft.KeyVault/vaults");
        Assert.True(vault.Properties["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.True(vault.Properties["enableSoftDelete"]!.GetValue<bool>());
        Assert.Null(vault.Properties["accessPolicies"]);
    }

    [Fact]
    public void Key_Vault_secrets_are_written_only_when_a_value_is_given()
    {
        var secret = template.Single("Microsoft.KeyVault/vaults/secrets");
        Assert.Equal("[not(empty(items(parameters('secrets'))[copyIndex()].value))]", secret.Condition);
        Assert.Equal("secureObject", template.ModuleTemplate("keyVault")["parameters"]!["secrets"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Application_Insights_refuses_key_only_ingestion()
    {
        var insights = template.Single("Microsoft.Insights/components");
        Assert.True(insights.Properties["DisableLocalAuth"]!.GetValue<bool>());
        Assert.NotNull(insights.Properties["WorkspaceResourceId"]);
    }

    [Fact]
    public void Function_app_runs_dotnet_10_isolated_on_Flex_Consumption()
    {
        var plan = template.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", plan.Node["sku"]!["name"]!.GetValue<string>());
        Assert.True(plan.Properties["reserved"]!.GetValue<bool>());

        var site = template.Single("Microsoft.Web/sites");
        Assert.Equal("functionapp,linux", site.Node["kind"]!.GetValue<string>());
        var runtime = site.Properties["functionAppConfig"]!["runtime"]!;
        Assert.Equal("dotnet-isolated", runtime["name"]!.GetValue<string>());
        Assert.Equal("10.0", runtime["version"]!.GetValue<string>());
        Assert.Contains("'azd-service-name', 'api'", site.Node["tags"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Function_app_is_deployed_from_blob_storage_with_its_user_assigned_identity()
    {
        var site = template.Single("Microsoft.Web/sites");
        var storage = site.Properties["functionAppConfig"]!["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", storage["type"]!.GetValue<string>());
        Assert.Equal("UserAssignedIdentity", storage["authentication"]!["type"]!.GetValue<string>());
        Assert.Equal("[parameters('identityId')]", storage["authentication"]!["userAssignedIdentityResourceId"]!.ToString());
        Assert.Equal("UserAssigned", site.Node["identity"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Function_app_accepts_https_only_and_no_publishing_passwords()
    {
        var site = template.Single("Microsoft.Web/sites");
        Assert.True(site.Properties["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("1.2", site.Properties["siteConfig"]!["minTlsVersion"]!.GetValue<string>());
        Assert.Equal("Disabled", site.Properties["siteConfig"]!["ftpsState"]!.GetValue<string>());
        var policies = template.Deployed("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.Properties["allow"]!.GetValue<bool>()));
    }

    [Fact]
    public void Instance_memory_and_scale_out_are_parameters()
    {
        var scale = template.Single("Microsoft.Web/sites").Properties["functionAppConfig"]!["scaleAndConcurrency"]!;
        Assert.Equal("[parameters('instanceMemoryMB')]", scale["instanceMemoryMB"]!.ToString());
        Assert.Equal("[parameters('maximumInstanceCount')]", scale["maximumInstanceCount"]!.ToString());
    }
}
