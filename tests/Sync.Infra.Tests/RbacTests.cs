namespace Sync.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class RbacTests(CompiledTemplate template)
{
    private const string ServiceBusSender = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39";
    private const string ServiceBusReceiver = "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0";

    private IReadOnlyList<Assignment> Assignments =>
        template.Deployed("Microsoft.Authorization/roleAssignments").Select(r =>
        {
            Assert.Equal("rbac", r.Module); // every assignment lives in modules/rbac.bicep
            var role = CompiledTemplate.ResolveVariable(r.Template, r.Properties["roleDefinitionId"]!.ToString());
            Assert.NotNull(role);
            return new Assignment(r, r.Properties["principalId"]!.ToString(), role);
        }).ToList();

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Storage Blob Data Owner")]
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Storage Queue Data Contributor")]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Storage Table Data Contributor")]
    [InlineData(ServiceBusSender, "Azure Service Bus Data Sender")]
    [InlineData(ServiceBusReceiver, "Azure Service Bus Data Receiver")]
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User")]
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Monitoring Metrics Publisher")]
    public void Function_identity_holds_the_role(string roleId, string roleName)
    {
        var assignment = Assert.Single(Assignments, a => a.Role == roleId && a.PrincipalId == "[parameters('identityPrincipalId')]");
        Assert.Equal("ServicePrincipal", assignment.Resource.Properties["principalType"]!.GetValue<string>());
        Assert.Contains(roleName, RbacSource(), StringComparison.Ordinal); // the GUID is commented with its name
    }

    [Theory]
    [InlineData("ba92f5b4-2d11-453d-a403-e96b0029c9fe")] // Storage Blob Data Contributor
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")] // Storage Table Data Contributor
    [InlineData(ServiceBusSender)]
    [InlineData(ServiceBusReceiver)]
    [InlineData("b86a8fe4-44ce-4948-aee5-eccb2c155cd7")] // Key Vault Secrets Officer
    public void Deploying_user_gets_the_role_only_when_a_principal_id_is_given(string roleId)
    {
        var assignment = Assert.Single(Assignments, a => a.Role == roleId && a.PrincipalId == "[parameters('userPrincipalId')]");
        Assert.Contains("variables('grantUser')", assignment.Resource.Condition ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("[not(empty(parameters('userPrincipalId')))]", assignment.Resource.Template["variables"]!["grantUser"]!.ToString());
    }

    [Fact]
    public void Service_Bus_roles_are_assigned_only_with_the_Service_Bus_transport()
    {
        var serviceBusRoles = Assignments.Where(a => a.Role is ServiceBusSender or ServiceBusReceiver).ToList();
        Assert.Equal(4, serviceBusRoles.Count);
        Assert.All(serviceBusRoles, a => Assert.Contains("variables('useServiceBus')", a.Resource.Condition ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Assignment_names_are_guids_of_scope_principal_and_role()
    {
        foreach (var assignment in Assignments)
        {
            var name = assignment.Resource.Name;
            Assert.StartsWith("[guid(", name, StringComparison.Ordinal);
            Assert.Contains(assignment.PrincipalId.Trim('[', ']'), name, StringComparison.Ordinal);
            Assert.Contains(assignment.Resource.Properties["roleDefinitionId"]!.ToString().Split(", ")[1].TrimEnd(')', ']'), name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_one_is_granted_a_management_plane_role()
    {
        string[] broad =
        [
            "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", // Owner
            "b24988ac-6180-42a0-ab88-20f7382dd24c", // Contributor
            "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", // User Access Administrator
            "17d1049b-9a84-46fb-8f53-869881c3d3ab", // Storage Account Contributor
        ];
        Assert.DoesNotContain(Assignments, a => broad.Contains(a.Role));
    }

    private string RbacSource() => File.ReadAllText(template.PathOf("infra/modules/rbac.bicep"));

    private sealed record Assignment(ArmResource Resource, string PrincipalId, string Role);
}
