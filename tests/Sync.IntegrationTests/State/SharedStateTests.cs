using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Sync.Application.Inventory;
using Sync.Application.Orders;
using Sync.Application.Settings;
using Sync.Infrastructure.State;

namespace Sync.IntegrationTests.State;

[Collection(AzuriteCollection.Name)]
public sealed class SharedStateTests(AzuriteFixture azurite)
{
    private TableServiceClient Tables => new(azurite.ConnectionString);

    [Fact]
    public async Task INV7_reservations_sum_per_sku_survive_repeats_and_are_released_per_order()
    {
        var reservations = new ReservationStore(Tables);
        var sku = $"TEE/{Guid.NewGuid():N}";

        await reservations.ReserveAsync("1001", [new ReservedLine(sku, 2), new ReservedLine(sku, 1)], CancellationToken.None);
        await reservations.ReserveAsync("1001", [new ReservedLine(sku, 3)], CancellationToken.None);
        await reservations.ReserveAsync("1002", [new ReservedLine(sku, 4)], CancellationToken.None);

        Assert.Equal(7, await reservations.ReservedAsync(sku, CancellationToken.None));
        Assert.True(await reservations.HoldsAsync("1001", CancellationToken.None));

        await reservations.ReleaseAsync("1001", CancellationToken.None);
        await reservations.ReleaseAsync("1001", CancellationToken.None);

        Assert.Equal(4, await reservations.ReservedAsync(sku, CancellationToken.None));
        Assert.False(await reservations.HoldsAsync("1001", CancellationToken.None));
    }

    [Fact]
    public async Task ORD10_an_order_is_claimed_once_and_its_sales_find_it_again()
    {
        var links = new OrderLinkStore(Tables);
        var number = $"{Random.Shared.NextInt64(1_000_000, 9_999_999)}";
        var claim = new OrderLink(number, "PICKUP", [], false, DateTimeOffset.UnixEpoch);

        var claims = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => links.TryClaimAsync(claim, CancellationToken.None)));
        Assert.Single(claims, won => won);

        var recorded = claim with { Sales = [new SaleLink("sale-a", "o-1", "r-1"), new SaleLink("sale-b", "o-2", "r-2")], Complete = true };
        await links.SaveAsync(recorded, CancellationToken.None);

        Assert.Equal(recorded.Sales, (await links.ForOrderAsync(number, CancellationToken.None))!.Sales);
        Assert.Equal(number, await links.OrderForSaleAsync("sale-b", CancellationToken.None));
        Assert.Null(await links.OrderForSaleAsync("sale-unknown", CancellationToken.None));
    }

    [Fact]
    public async Task Settings_default_to_configuration_and_a_stale_edit_is_refused()
    {
        await Tables.DeleteTableAsync(TableNames.Settings);
        var defaults = new Mock<IOptionsMonitor<SyncSettings>>();
        defaults.SetupGet(o => o.CurrentValue).Returns(new SyncSettings { ConnectedOutletIds = ["o-1"] });
        var settings = new RuntimeSettings(new SettingsStore(Tables), defaults.Object,
            new ServiceCollection().AddHybridCache().Services.BuildServiceProvider().GetRequiredService<HybridCache>());

        var initial = await settings.ReadAsync(CancellationToken.None);
        Assert.Equal(["o-1"], initial.Settings.ConnectedOutletIds);
        Assert.Null(initial.Version);

        Assert.True(await settings.TryUpdateAsync(initial.Settings with { NotificationsEnabled = false }, null, CancellationToken.None));
        var saved = await settings.ReadAsync(CancellationToken.None);
        Assert.False(saved.Settings.NotificationsEnabled);

        Assert.True(await settings.TryUpdateAsync(saved.Settings with { CoalescingWindow = TimeSpan.FromSeconds(9) }, saved.Version, CancellationToken.None));
        Assert.False(await settings.TryUpdateAsync(saved.Settings with { NotificationsEnabled = true }, saved.Version, CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(9), (await settings.CurrentAsync(CancellationToken.None)).CoalescingWindow);
    }
}
