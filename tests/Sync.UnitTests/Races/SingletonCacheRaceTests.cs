using Microsoft.Extensions.Options;
using Moq;
using Sync.Application.Inventory;
using Sync.Application.Orders;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;

namespace Sync.UnitTests.Races;

/// <summary>The singleton caches read by every handler at once: one read per miss, and every reader gets a whole value.</summary>
public sealed class SingletonCacheRaceTests
{
    private const int Readers = 32;

    [Fact]
    public async Task Concurrent_readers_of_the_runtime_settings_share_one_store_read_and_all_see_the_same_document()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var store = new Mock<ISettingsStore>();
        store.Setup(s => s.GetAsync(It.IsAny<CancellationToken>())).Returns(async (CancellationToken _) =>
        {
            await gate.Task;
            return new VersionedSettings(new SyncSettings { ConnectedOutletIds = ["o-1", "o-2"] }, "v7");
        });
        var settings = new RuntimeSettings(store.Object, Mock.Of<IOptionsMonitor<SyncSettings>>(), Caches.New());

        var reads = Enumerable.Range(0, Readers).Select(_ => Task.Run(() => settings.ReadAsync(CancellationToken.None))).ToList();
        gate.SetResult();
        var seen = await Task.WhenAll(reads);

        store.Verify(s => s.GetAsync(It.IsAny<CancellationToken>()), Times.Once);
        Assert.All(seen, s => Assert.Same(seen[0], s));
        Assert.Equal("v7", seen[0].Version);
    }

    [Fact]
    public async Task Concurrent_readers_of_the_POS_directory_and_the_register_outlets_share_one_POS_read_each()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pos = new Mock<IXSeriesClient>();
        pos.Setup(p => p.GetRegistersAsync(It.IsAny<CancellationToken>())).Returns(async (CancellationToken _) =>
        {
            await gate.Task;
            return (IReadOnlyList<Register>)[new Register("r-1", "Online", "o-1")];
        });
        var directory = new PosDirectory(pos.Object, Caches.New());
        var outlets = new RegisterOutlets(pos.Object, Caches.New());

        var registers = Enumerable.Range(0, Readers).Select(_ => Task.Run(() => directory.RegistersAsync(CancellationToken.None))).ToList();
        var outletIds = Enumerable.Range(0, Readers).Select(_ => Task.Run(() => outlets.OutletOfAsync("r-1", CancellationToken.None))).ToList();
        gate.SetResult();

        Assert.All(await Task.WhenAll(registers), r => Assert.Equal("o-1", Assert.Single(r).OutletId));
        Assert.All(await Task.WhenAll(outletIds), id => Assert.Equal("o-1", id));
        pos.Verify(p => p.GetRegistersAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
