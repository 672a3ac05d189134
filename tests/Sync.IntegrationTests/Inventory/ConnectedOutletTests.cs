namespace Sync.IntegrationTests.Inventory;

public sealed class ConnectedOutletTests : IAsyncLifetime
{
    private InventoryStage stage = null!;

    public async Task InitializeAsync() => stage = await InventoryStage.StartAsync();

    public async Task DisposeAsync() => await stage.DisposeAsync();

    [Fact]
    [Trait("Rule", "INV-1")]
    public async Task INV1_a_change_in_an_unconnected_outlet_does_not_reach_ecom()
    {
        var tee = stage.Product("TEE-L");
        var (online, connected, far) = (stage.Outlets[0], stage.Outlets[1], stage.Outlets[2]);
        await stage.ConnectAsync(connected);
        stage.Stores.Pos.SetStock(tee.Id, connected, 4);
        await stage.EcomLevelIsAsync("TEE-L", stage.RuleLevel("TEE-L", [online, connected]), "the online and connected outlets count");

        stage.Stores.Pos.SetStock(tee.Id, far, 50);
        await stage.Stores.Pos.Webhooks.FlushAsync();
        await stage.QueuesDrainAsync();

        Assert.Equal(stage.RuleLevel("TEE-L", [online, connected]), stage.Stores.Ecom.QuantityOf("TEE-L"));
    }
}
