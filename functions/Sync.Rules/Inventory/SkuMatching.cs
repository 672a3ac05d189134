namespace Sync.Rules.Inventory;

/// INV-6 and the catalogue links: POS products ⇄ eCom items by SKU, unique matches only.
public static class SkuMatching
{
    /// Decision: a SKU held twice on either side is ambiguous, even with no counterpart, and links
    /// nothing. Inactive POS products take no part: they are neither linked nor reported.
    public static SkuMatchReport Match(IEnumerable<PosProduct> posProducts, IEnumerable<EcomItem> ecomItems)
    {
        var pos = posProducts.Where(p => p.Active).ToList();
        var ecom = ecomItems.ToList();
        var posBySku = pos.Where(p => SkuKey.Of(p.Sku) is not null).ToLookup(p => SkuKey.Of(p.Sku)!);
        var ecomBySku = ecom.Where(e => SkuKey.Of(e.Sku) is not null).ToLookup(e => SkuKey.Of(e.Sku)!);

        var links = new List<SkuLink>();
        var ambiguous = new List<AmbiguousSku>();
        var unmatchedPos = pos.Where(p => SkuKey.Of(p.Sku) is null).ToList();
        var unmatchedEcom = ecom.Where(e => SkuKey.Of(e.Sku) is null).ToList();
        var skus = posBySku.Select(g => g.Key).Union(ecomBySku.Select(g => g.Key)).Order(StringComparer.Ordinal);
        foreach (var sku in skus)
        {
            var (p, e) = (posBySku[sku].ToList(), ecomBySku[sku].ToList());
            if (p.Count > 1 || e.Count > 1)
            {
                ambiguous.Add(new AmbiguousSku(sku, p, e));
            }
            else if (p.Count == 1 && e.Count == 1)
            {
                links.Add(new SkuLink(sku, p[0], e[0]));
            }
            else
            {
                unmatchedPos.AddRange(p);
                unmatchedEcom.AddRange(e);
            }
        }

        return new SkuMatchReport(links, unmatchedPos, unmatchedEcom, ambiguous);
    }
}
