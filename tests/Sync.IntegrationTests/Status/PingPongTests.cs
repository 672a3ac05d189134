using Sync.Simulators.Shared;

namespace Sync.IntegrationTests.Status;

/// <summary>ST-12 at scale: every write this service makes comes back as a webhook, and none is written again.</summary>
public sealed class PingPongTests(StatusStage stage) : IClassFixture<StatusStage>
{
    private const int Changes = 50;

    [Fact, Trait("Rule", "ST-12")]
    public async Task ST12_fifty_changes_on_each_side_make_exactly_one_write_each_and_no_loop()
    {
        var orders = new List<LinkedOrder>();
        for (var i = 0; i < Changes; i++)
        {
            orders.Add(await stage.PlaceLinkedOrderAsync("PICKUP"));
        }

        await stage.IdleAsync();
        stage.Stores.Pos.Requests.Clear();
        stage.Stores.Ecom.Requests.Clear();

        foreach (var order in orders)
        {
            stage.Stores.Ecom.ChangeStatusInAdmin(order.Id, paymentStatus: "PAID");
            stage.Stores.Pos.MoveFulfillmentInStore(order.FulfillmentId, "pack");
        }

        await Eventually.HoldsAsync(() => Task.FromResult(orders.All(o => stage.Order(o).FulfillmentStatus == "READY_FOR_PICKUP" && stage.Sale(o).Payments.Count == 1)),
            "every change reached the other side", 60);
        await stage.IdleAsync();
        var (posWrites, ecomWrites) = (Writes(stage.Stores.Pos.Requests), Writes(stage.Stores.Ecom.Requests));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stage.IdleAsync();

        Assert.Equal(Changes, posWrites);
        Assert.Equal(Changes, ecomWrites);
        Assert.Equal(posWrites, Writes(stage.Stores.Pos.Requests));
        Assert.Equal(ecomWrites, Writes(stage.Stores.Ecom.Requests));
        Assert.All(orders, o => Assert.Equal("PAID", stage.Order(o).PaymentStatus));
        Console.WriteLine($"Per status change: {stage.Stores.Pos.Requests.Entries.Count / (2.0 * Changes):0.0} POS and {stage.Stores.Ecom.Requests.Entries.Count / (2.0 * Changes):0.0} eCom requests");
    }

    // Status writes only: stock writes belong to the inventory sync, which the sales made here also set off.
    private static int Writes(RequestLog log) => log.Entries.Count(e =>
        !e.Endpoint.StartsWith("GET ", StringComparison.Ordinal)
        && (e.Endpoint.Contains("/orders", StringComparison.Ordinal) || e.Endpoint.Contains("register_sales", StringComparison.Ordinal) || e.Endpoint.Contains("fulfillments", StringComparison.Ordinal)));
}
