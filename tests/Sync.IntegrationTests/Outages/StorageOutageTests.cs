using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Orders;
using Sync.DevHost;
using Sync.IntegrationTests.EndToEnd;
using Sync.Simulators.Ecwid;
using Xunit.Abstractions;

namespace Sync.IntegrationTests.Outages;

/// <summary>Storage unreachable for longer than the SDK's retries: the dev host keeps running, and orders placed meanwhile sync afterwards.</summary>
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(40);

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task After_a_40_s_storage_outage_the_dev_host_is_still_running_and_the_order_placed_during_it_is_synced()
    {
        var data = Directory.CreateTempSubdirectory("azurite-outage-").FullName;
        Azurite? azurite = await Azurite.StartAsync(CancellationToken.None, data);
        var (ports, connection) = (azurite.Ports, azurite.ConnectionString);
        await using var host = await RunningDevHost.StartAsync(
        [
            "--DevHost:Simulators=start",
            "--DevHost:Azurite=external",
            $"--AzureWebJobsStorage={connection}",
            "--RECONCILE_ORDERS_SCHEDULE=*/5 * * * * *",
            "--Sync:Orders:LeaseFor=00:00:20",
        ]);
        var stores = host.Services.GetRequiredService<DemoStores>();
        try
        {
            var before = stores.Ecom.PlaceOrder("before@example.com", "Before Outage", [new OrderLine("TEE-M", 1)]);
            var links = host.Services.GetRequiredService<IOrderLinks>();
            await Eventually.HoldsAsync(async () => await links.ForOrderAsync(before.Id, default) is { Complete: true }, "the first order is synced");

            // Storage goes away while these are being applied (their settle calls fail), and one more order is placed during the outage.
            var inFlight = Enumerable.Range(0, 3).Select(i => stores.Ecom.PlaceOrder($"flight{i}@example.com", "In Flight", [new OrderLine("TEE-S", 1)])).ToList();
            await azurite.StopAsync();
            azurite = null;
            var during = stores.Ecom.PlaceOrder("during@example.com", "During Outage", [new OrderLine("MUG-S", 1)]);
            var end = DateTime.UtcNow + Outage;
            while (DateTime.UtcNow < end)
            {
                // Any answer at all (503 while storage is gone) shows the host is up.
                using var health = await host.Http.GetAsync("/api/ops/health");
                await Task.Delay(TimeSpan.FromSeconds(2));
            }

            azurite = await Azurite.StartAsync(CancellationToken.None, data, ports);
            await Eventually.HoldsAsync(
                () => Task.FromResult(stores.Pos.Sales.Any(s => s.SourceId == during.Id)), "the order placed during the outage is synced", 120);

            await Eventually.HoldsAsync(
                () => Task.FromResult(inFlight.All(o => stores.Pos.Sales.Any(s => s.SourceId == o.Id))), "the orders in flight are synced", 120);
            foreach (var order in inFlight.Append(before).Append(during))
            {
                Assert.Single(stores.Pos.Sales, s => s.SourceId == order.Id);
            }
            output.WriteLine($"Synced after the outage: {during.Id}");
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
        }
    }
}
