namespace Sync.Infra.Tests;

/// <summary>The console's sign-in (ALL-6): App Service built-in authentication with Entra ID, no secret, webhooks untouched.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class ConsoleAuthTests(CompiledTemplate template)
{
    private ArmResource Auth => Assert.Single(template.Deployed("Microsoft.Web/sites/config"), r => r.Name.Contains("'authsettingsV2'", StringComparison.Ordinal));

    [Fact]
    public void Built_in_authentication_signs_in_with_Entra_ID_on_the_app_registration_given_at_deployment()
    {
        var auth = Auth.Properties;
        Assert.True(auth["platform"]!["enabled"]!.GetValue<bool>());
        var entra = auth["identityProviders"]!["azureActiveDirectory"]!;
        Assert.True(entra["enabled"]!.GetValue<bool>());
        Assert.Equal("[parameters('clientId')]", entra["registration"]!["clientId"]!.GetValue<string>());
        Assert.Contains("parameters('tenantId')", entra["registration"]!["openIdIssuer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(auth["httpSettings"]!["requireHttps"]!.GetValue<bool>());
        Assert.Equal("[not(empty(parameters('consoleClientId')))]", template.Module("consoleAuth").Condition);
    }

    [Fact]
    public void No_client_secret_is_configured_anywhere()
    {
        var registration = Auth.Properties["identityProviders"]!["azureActiveDirectory"]!["registration"]!.AsObject();
        Assert.False(registration.ContainsKey("clientSecretSettingName"));
        Assert.False(registration.ContainsKey("clientSecretCertificateThumbprint"));
        Assert.DoesNotContain("MICROSOFT_PROVIDER_AUTHENTICATION_SECRET", template.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Webhooks_and_keyed_automation_are_not_redirected_to_a_sign_in()
    {
        var validation = Auth.Properties["globalValidation"]!;
        Assert.False(validation["requireAuthentication"]!.GetValue<bool>());
        Assert.Equal("AllowAnonymous", validation["unauthenticatedClientAction"]!.GetValue<string>());
    }
}
