namespace Sync.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class StorageTests(CompiledTemplate template)
{
    private ArmResource Account => template.Single("Microsoft.Storage/storageAccounts");

    [Fact]
    public void Storage_account_refuses_shared_key_access() =>
        Assert.False(Account.Properties["allowSharedKeyAccess"]!.GetValue<bool>());

    [Fact]
    public void Storage_account_refuses_anonymous_blob_access() =>
        Assert.False(Account.Properties["allowBlobPublicAccess"]!.GetValue<bool>());

    [Fact]
    public void Storage_account_requires_https_and_TLS_1_2()
    {
        Assert.Equal("TLS1_2", Account.Properties["minimumTlsVersion"]!.GetValue<string>());
        Assert.True(Account.Properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void Storage_account_defaults_the_portal_to_Entra_ID() =>
        Assert.True(Account.Properties["defaultToOAuthAuthentication"]!.GetValue<bool>());

    [Fact]
    public void Storage_creates_every_table_the_app_uses()
    {
        var expected = typeof(Sync.Infrastructure.State.TableNames)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(expected.Order(), Names("tableNames").Order());
        Assert.NotEmpty(template.Deployed("Microsoft.Storage/storageAccounts/tableServices/tables"));
    }

    [Fact]
    public void Storage_creates_the_transport_queues_and_their_poison_queues()
    {
        string[] expected = ["inventory", "orders", "status", "inventory-poison", "orders-poison", "status-poison"];
        Assert.Equal(expected.Order(), Names("queueNames").Order());
        Assert.NotEmpty(template.Deployed("Microsoft.Storage/storageAccounts/queueServices/queues"));
    }

    [Fact]
    public void Storage_creates_private_package_and_payload_containers()
    {
        var containers = template.ModuleTemplate("storage")["variables"]!["containers"]!.ToJsonString();
        Assert.Contains("payloads", containers, StringComparison.Ordinal);
        Assert.Contains("deploymentContainerName", containers, StringComparison.Ordinal);
        var container = Assert.Single(template.Deployed("Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Equal("None", container.Properties["publicAccess"]!.GetValue<string>());
        var containerName = template.Main["variables"]!["deploymentContainerName"]!.ToString();
        Assert.StartsWith("[format('app-package-", containerName, StringComparison.Ordinal);
    }

    private IEnumerable<string> Names(string variable) =>
        template.ModuleTemplate("storage")["variables"]![variable]!.AsArray().Select(n => n!.GetValue<string>());
}
