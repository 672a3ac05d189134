namespace Sync.IntegrationTests.EndToEnd;

/// <summary>The Service Bus transport cannot be configured silently into a build that has no Service Bus triggers.</summary>
public sealed class ServiceBusGuardTests
{
    [Fact]
    public async Task With_the_Service_Bus_transport_and_no_Service_Bus_triggers_compiled_the_app_refuses_to_start_naming_the_build_flag()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Sync.DevHost.DevHost.BuildAsync(["--DevHost:Azurite=external", "--DevHost:Simulators=none", "--Sync:Transport=ServiceBus"]));

        Assert.Contains("EnableServiceBusTrigger=true", failure.Message, StringComparison.Ordinal);
        Assert.False(Sync.Functions.ServiceBusTriggers.Compiled);
    }
}
