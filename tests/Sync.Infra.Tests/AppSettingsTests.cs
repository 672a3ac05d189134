using System.Text.RegularExpressions;

namespace Sync.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class AppSettingsTests(CompiledTemplate template)
{
    private IReadOnlyDictionary<string, string> Settings => template.AppSettings();

    [Fact]
    public void Host_storage_connects_through_the_managed_identity()
    {
        Assert.Equal("managedidentity", Settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("identityClientId", Settings["AzureWebJobsStorage__clientId"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.blob", Settings["AzureWebJobsStorage__blobServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.queue", Settings["AzureWebJobsStorage__queueServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.table", Settings["AzureWebJobsStorage__tableServiceUri"], StringComparison.Ordinal);
        Assert.Contains("identityClientId", Settings["AZURE_CLIENT_ID"], StringComparison.Ordinal);
    }

    [Fact]
    public void Host_storage_has_no_connection_string() =>
        Assert.DoesNotContain("AzureWebJobsStorage", Settings.Keys);

    [Fact]
    public void Service_Bus_connects_through_the_managed_identity()
    {
        Assert.Equal("managedidentity", Settings["ServiceBus__credential"]);
        Assert.Contains("clientId", Settings["ServiceBus__clientId"], StringComparison.Ordinal);
        Assert.Contains("fullyQualifiedNamespace", Settings["ServiceBus__fullyQualifiedNamespace"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ApplyInventory")]
    [InlineData("ApplyOrders")]
    [InlineData("ApplyStatus")]
    [InlineData("ParkInventoryPoison")]
    [InlineData("ParkOrdersPoison")]
    [InlineData("ParkStatusPoison")]
    public void With_Service_Bus_the_storage_queue_twins_are_switched_off(string function) =>
        Assert.Equal("true", Settings[$"AzureWebJobs.{function}.Disabled"]);

    [Fact]
    public void No_key_or_shared_access_signature_appears_anywhere_in_the_template()
    {
        foreach (var forbidden in new[] { "listKeys(", "listConnectionStrings(", "listAccountSas(", "listServiceSas(", "AccountKey", "SharedAccessKey", "InstrumentationKey=" })
        {
            Assert.DoesNotContain(forbidden, template.Json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("XSeries__ClientSecret", "xseries-client-secret")]
    [InlineData("XSeries__PreviousClientSecret", "xseries-previous-client-secret")]
    [InlineData("XSeries__PersonalToken", "xseries-access-token")]
    [InlineData("Ecom__ClientSecret", "ecom-client-secret")]
    [InlineData("Ecom__AccessToken", "ecom-access-token")]
    public void Platform_secrets_are_Key_Vault_references(string setting, string secretName)
    {
        var value = Settings[setting];
        Assert.Matches($@"^__bicep\.keyVaultReference\(.*'{Regex.Escape(secretName)}'\)$", value);
        var function = template.Main["functions"]!.ToJsonString();
        Assert.Contains("@Microsoft.KeyVault(VaultName={0};SecretName={1})", function, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_secret_looking_setting_is_a_Key_Vault_reference()
    {
        var secretLooking = Settings.Where(s => Regex.IsMatch(s.Key, "secret|token|password|key", RegexOptions.IgnoreCase)).ToList();
        Assert.NotEmpty(secretLooking);
        Assert.All(secretLooking, s => Assert.StartsWith("__bicep.keyVaultReference(", s.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Key_Vault_references_resolve_with_the_user_assigned_identity()
    {
        var site = template.Single("Microsoft.Web/sites");
        Assert.Equal("[parameters('identityId')]", site.Properties["keyVaultReferenceIdentity"]!.ToString());
    }

    [Fact]
    public void Telemetry_is_sent_with_an_Entra_ID_token()
    {
        Assert.Equal("format('ClientId={0};Authorization=AAD', parameters('identityClientId'))", Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Contains("ConnectionString", Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Webhooks__MaxBodyBytes", "262144")]
    [InlineData("RECONCILE_INVENTORY_SCHEDULE", "0 */15 * * * *")]
    [InlineData("RECONCILE_ORDERS_SCHEDULE", "0 */5 * * * *")]
    [InlineData("RECONCILE_STATUS_SCHEDULE", "0 */10 * * * *")]
    [InlineData("HOUSEKEEPING_SCHEDULE", "0 30 3 * * *")]
    public void Fixed_settings_have_their_documented_values(string setting, string value) =>
        Assert.Equal(value, Settings[setting]);

    [Theory]
    [InlineData("Sync__Transport", "parameters('transport')")]
    [InlineData("Sync__Seed__OnlineRegisterName", "parameters('syncOnlineRegisterName')")]
    [InlineData("Sync__Seed__ConnectedOutletNames", "parameters('syncConnectedOutletNames')")]
    [InlineData("Sync__Seed__OutletRegisterNames", "parameters('syncOutletRegisterNames')")]
    [InlineData("Sync__Seed__SaleUserName", "parameters('syncSaleUserName')")]
    [InlineData("Sync__Seed__NoTaxName", "parameters('syncNoTaxName')")]
    [InlineData("Sync__Seed__ShippingProductSku", "parameters('syncShippingProductSku')")]
    [InlineData("XSeries__DomainPrefix", "parameters('xseriesDomainPrefix')")]
    [InlineData("Ecom__StoreId", "parameters('ecomStoreId')")]
    public void Plain_settings_come_from_parameters(string setting, string value) =>
        Assert.Equal(value, Settings[setting]);
}
