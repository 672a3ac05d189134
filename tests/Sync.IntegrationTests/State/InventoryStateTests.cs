using Azure.Data.Tables;
using Sync.Application.Inventory;
using Sync.Infrastructure.State;
using Sync.Rules.Inventory;

namespace Sync.IntegrationTests.State;

[Collection(AzuriteCollection.Name)]
public sealed class InventoryStateTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private TableServiceClient Tables => new(azurite.ConnectionString);

    [Fact]
    [Trait("Rule", "INV-8")]
    public async Task INV8_of_concurrent_marks_of_one_product_exactly_one_schedules_and_a_stale_mark_is_taken_over_once()
    {
        var marks = new DirtyMarkStore(Tables);
        var product = $"p/{Guid.NewGuid():N}";
        var window = TimeSpan.FromSeconds(5);

        var first = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => marks.TryMarkAsync(product, Now, window, CancellationToken.None)));
        var later = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => marks.TryMarkAsync(product, Now.AddMinutes(1), window, CancellationToken.None)));
        await marks.ClearAsync(product, CancellationToken.None);
        var afterFlush = await marks.TryMarkAsync(product, Now.AddMinutes(1), window, CancellationToken.None);

        Assert.Equal(1, first.Count(x => x));
        Assert.Equal(1, later.Count(x => x));
        Assert.True(afterFlush);
    }

    [Fact]
    public async Task Catalogue_links_are_found_from_either_side_and_listed_by_sku()
    {
        var links = new CatalogueLinkStore(Tables);
        var sku = $"TEE/S#{Guid.NewGuid():N}";
        var link = new CatalogueLink(sku, $"p-{Guid.NewGuid():N}", 9_000_001, 9_000_002, true);

        await links.SaveAsync(link, CancellationToken.None);
        await links.SaveAsync(link, CancellationToken.None);

        Assert.Equal(link, await links.ForPosProductAsync(link.PosProductId, CancellationToken.None));
        Assert.Equal([link], await links.ForEcomProductAsync(9_000_001, CancellationToken.None));
        Assert.Contains(link, await links.AllAsync(CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task Written_levels_pos_levels_cursors_and_reports_read_back_what_was_stored()
    {
        var sku = $"MUG?{Guid.NewGuid():N}";
        var written = new WrittenLevelStore(Tables);
        var levels = new PosLevelStore(Tables);
        var cursors = new ReadCursorStore(Tables);
        var reports = new InventoryReportStore(Tables);
        var report = new InventoryReport(Now, true, 3, 1, 1, ["LONELY"], []);

        Assert.True(await written.TrySetAsync(sku, new WrittenLevel(OnlineStock.Of(4), 2), null, CancellationToken.None));
        Assert.True(await written.TrySetAsync(sku + "u", new WrittenLevel(OnlineStock.Unlimited, 0), null, CancellationToken.None));
        await levels.MergeAsync(sku, [new OutletLevel("o-1", 2), new OutletLevel("o-2", 3)], CancellationToken.None);
        await levels.MergeAsync(sku, [new OutletLevel("o-2", -1)], CancellationToken.None);
        await cursors.SetAsync(sku, 42, CancellationToken.None);
        await reports.SaveAsync(report, CancellationToken.None);

        Assert.Equal(new WrittenLevel(OnlineStock.Of(4), 2), (await written.GetAsync(sku, CancellationToken.None))! with { Version = null });
        Assert.Equal(new WrittenLevel(OnlineStock.Unlimited, 0), (await written.GetAsync(sku + "u", CancellationToken.None))! with { Version = null });
        Assert.Null(await written.GetAsync(sku + "x", CancellationToken.None));
        Assert.Equal([new OutletLevel("o-1", 2), new OutletLevel("o-2", -1)], await levels.GetAsync(sku, CancellationToken.None));
        Assert.Equal(42, await cursors.GetAsync(sku, CancellationToken.None));
        var latest = await reports.LatestAsync(CancellationToken.None);
        Assert.Equal((report.At, report.Checked, report.Unmatched.Single()), (latest!.At, latest.Checked, latest.Unmatched.Single()));
    }

    [Fact]
    public async Task A_report_of_a_large_unmatched_catalogue_is_saved_with_its_counts_and_the_first_skus_listed()
    {
        var reports = new InventoryReportStore(Tables);
        var unmatched = Enumerable.Range(0, 8_000).Select(i => $"BENCH-{i:D5}-XL").ToList();

        await reports.SaveAsync(InventoryReport.Of(Now, true, 8_000, 0, 0, unmatched, [], ["ONE"]), CancellationToken.None);

        var latest = (await reports.LatestAsync(CancellationToken.None))!;
        Assert.Equal(new InventoryReportCounts(8_000, 0, 1), latest.Counts);
        Assert.Equal(unmatched.Take(InventoryReport.ListedAtMost), latest.Unmatched);
    }
}
