using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Sync.Application.Audit;
using Sync.Application.Inventory;
using Sync.Application.Platforms.Ecom;
using Sync.Infrastructure.State;
using Sync.Rules.Inventory;

namespace Sync.IntegrationTests.Races;

/// <summary>INV-8's record of the level written, on a real Azurite, when two flushes of one SKU overlap.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class WrittenLevelRaceTests(AzuriteFixture azurite)
{
    [Fact]
    [Trait("Rule", "INV-8")]
    public async Task INV8_a_stale_flush_whose_eCom_write_lands_after_a_newer_one_cannot_record_its_level_and_is_computed_again()
    {
        var store = new WrittenLevelStore(new TableServiceClient(azurite.ConnectionString));
        var link = new CatalogueLink($"TEE-{Guid.NewGuid():N}", "p-1", 42, null, true);
        var ecom = new GatedEcom();
        var writer = new EcomStockWriter(ecom.Client.Object, store, Mock.Of<IAuditLog>(), TimeProvider.System, NullLogger<EcomStockWriter>.Instance);
        var cause = new StockWriteCause("INV-4", "ecom.stock.set", "flush", null);

        // Both flushes read the record before either writes; the stale one (5, read before a POS sale) is held back at eCom.
        var staleSeen = await store.GetAsync(link.Sku, CancellationToken.None);
        var newerSeen = await store.GetAsync(link.Sku, CancellationToken.None);
        var stale = Task.Run(() => writer.WriteAsync(link, staleSeen, null, OnlineStock.Of(5), 0, cause, CancellationToken.None));
        await ecom.Arrived(5);
        Assert.True(await writer.WriteAsync(link, newerSeen, null, OnlineStock.Of(3), 0, cause, CancellationToken.None));
        ecom.Release(5);

        Assert.False(await stale);
        Assert.Equal([3, 5], ecom.Written);
        Assert.Null(await store.GetAsync(link.Sku, CancellationToken.None));
    }

    /// <summary>An eCom whose stock write of a given quantity waits until the test releases it.</summary>
    private sealed class GatedEcom
    {
        private readonly ConcurrentDictionary<int, (TaskCompletionSource Arrived, TaskCompletionSource Released)> gates = new();

        public GatedEcom() =>
            Client.Setup(e => e.SetProductStockAsync(It.IsAny<long>(), It.IsAny<EcomStock>(), It.IsAny<CancellationToken>()))
                .Returns(async (long _, EcomStock stock, CancellationToken _) =>
                {
                    var quantity = stock.Quantity ?? -1;
                    if (quantity == 5)
                    {
                        Gate(quantity).Arrived.TrySetResult();
                        await Gate(quantity).Released.Task;
                    }

                    lock (Written)
                    {
                        Written.Add(quantity);
                    }

                    return true;
                });

        public Mock<IEcomClient> Client { get; } = new();

        public List<int> Written { get; } = [];

        public Task Arrived(int quantity) => Gate(quantity).Arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));

        public void Release(int quantity) => Gate(quantity).Released.TrySetResult();

        private (TaskCompletionSource Arrived, TaskCompletionSource Released) Gate(int quantity) =>
            gates.GetOrAdd(quantity, _ => (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)));
    }
}
