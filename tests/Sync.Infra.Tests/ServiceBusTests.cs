namespace Sync.Infra.Tests;

[Collection(CompiledTemplateCollection.Name)]
public sealed class ServiceBusTests(CompiledTemplate template)
{
    private ArmResource Namespace => template.Single("Microsoft.ServiceBus/namespaces");

    private ArmResource Queue => template.Single("Microsoft.ServiceBus/namespaces/queues");

    [Fact]
    public void Namespace_accepts_Entra_ID_only_over_TLS_1_2()
    {
        Assert.True(Namespace.Properties["disableLocalAuth"]!.GetValue<bool>());
        Assert.Equal("1.2", Namespace.Properties["minimumTlsVersion"]!.GetValue<string>());
        Assert.Equal("Standard", Namespace.Node["sku"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void There_is_one_queue_per_concern()
    {
        var names = template.ModuleTemplate("serviceBus")["variables"]!["queueNames"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(["inventory", "orders", "status"], names.Order());
    }

    [Fact]
    public void Queues_keep_per_entity_order_with_sessions() =>
        Assert.True(Queue.Properties["requiresSession"]!.GetValue<bool>());

    [Fact]
    public void Queues_drop_duplicate_event_keys_within_the_configured_window()
    {
        Assert.True(Queue.Properties["requiresDuplicateDetection"]!.GetValue<bool>());
        Assert.Equal("[parameters('duplicateDetectionHistoryTimeWindow')]", Queue.Properties["duplicateDetectionHistoryTimeWindow"]!.ToString());
        Assert.Equal("PT10M", template.Main["parameters"]!["duplicateDetectionHistoryTimeWindow"]!["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public void Queues_dead_letter_expired_and_repeatedly_failing_messages()
    {
        Assert.True(Queue.Properties["deadLetteringOnMessageExpiration"]!.GetValue<bool>());
        Assert.Equal("[parameters('maxDeliveryCount')]", Queue.Properties["maxDeliveryCount"]!.ToString());
        Assert.Equal(5, template.Main["parameters"]!["maxDeliveryCount"]!["defaultValue"]!.GetValue<int>());
        Assert.Equal("PT1M", Queue.Properties["lockDuration"]!.GetValue<string>());
    }

    [Fact]
    public void Storage_queue_transport_deploys_no_Service_Bus_namespace()
    {
        var allowed = template.Main["parameters"]!["transport"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(["ServiceBus", "StorageQueues"], allowed);
        Assert.Equal("ServiceBus", template.Main["parameters"]!["transport"]!["defaultValue"]!.GetValue<string>());

        var condition = template.Module("serviceBus").Condition;
        Assert.NotNull(condition);
        Assert.Equal("[equals(parameters('transport'), 'ServiceBus')]", CompiledTemplate.ResolveVariable(template.Main, condition));
    }

    [Fact]
    public void Service_Bus_settings_are_written_only_with_the_Service_Bus_transport()
    {
        var appSettings = template.Module("functionApp").Properties["parameters"]!["appSettings"]!["value"]!.ToString();
        Assert.StartsWith("[union(if(variables('useServiceBus'), createObject('ServiceBus__fullyQualifiedNamespace'", appSettings, StringComparison.Ordinal);
        Assert.Equal("[if(variables('useServiceBus'), reference('serviceBus').outputs.name.value, '')]", template.Main["outputs"]!["SERVICE_BUS_NAMESPACE"]!["value"]!.ToString());
    }
}
