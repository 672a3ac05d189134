using Sync.Rules.Inventory;

namespace Sync.Rules.Tests.Inventory;

public class SkuMatchingTests
{
    private static PosProduct Pos(string id, string? sku, bool active = true) => new(id, sku, HasInventory: true, active);

    [Fact(DisplayName = "INV-6: a SKU on one product each side links them")]
    [Trait("Rule", "INV-6")]
    public void INV6_a_unique_sku_on_both_sides_links_them()
    {
        var report = SkuMatching.Match([Pos("p1", "TEE-RED")], [new EcomItem("e1", "c1", "TEE-RED")]);
        Assert.Equal("p1", Assert.Single(report.Links).Pos.Id);
        Assert.Equal("c1", report.Links[0].Ecom.CombinationId);
    }

    [Fact(DisplayName = "INV-6: SKUs match trimmed and case-insensitively")]
    [Trait("Rule", "INV-6")]
    public void INV6_skus_match_trimmed_and_case_insensitively() =>
        Assert.Single(SkuMatching.Match([Pos("p1", " tee-red ")], [new EcomItem("e1", null, "TEE-RED")]).Links);

    [Fact(DisplayName = "INV-6: a product with no counterpart is reported, never guessed")]
    [Trait("Rule", "INV-6")]
    public void INV6_products_without_a_counterpart_are_reported()
    {
        var report = SkuMatching.Match([Pos("p1", "A"), Pos("p2", " ")], [new EcomItem("e1", null, "B"), new EcomItem("e2", null, null)]);
        Assert.Empty(report.Links);
        Assert.Equal(["p1", "p2"], report.UnmatchedPos.Select(p => p.Id).Order());
        Assert.Equal(["e1", "e2"], report.UnmatchedEcom.Select(e => e.ProductId).Order());
    }

    [Fact(DisplayName = "INV-6: a SKU held twice on one side is ambiguous and links nothing")]
    [Trait("Rule", "INV-6")]
    public void INV6_a_sku_held_twice_is_ambiguous()
    {
        var report = SkuMatching.Match([Pos("p1", "A"), Pos("p2", "a")], [new EcomItem("e1", null, "A")]);
        Assert.Empty(report.Links);
        var ambiguous = Assert.Single(report.Ambiguous);
        Assert.Equal(2, ambiguous.Pos.Count);
        Assert.Empty(report.UnmatchedPos);
    }

    [Fact(DisplayName = "INV-6: inactive POS products are neither linked nor reported")]
    [Trait("Rule", "INV-6")]
    public void INV6_inactive_pos_products_take_no_part()
    {
        var report = SkuMatching.Match([Pos("p1", "A", active: false), Pos("p2", "A")], [new EcomItem("e1", null, "A")]);
        Assert.Equal("p2", Assert.Single(report.Links).Pos.Id);
        Assert.Empty(report.UnmatchedPos);
    }
}
