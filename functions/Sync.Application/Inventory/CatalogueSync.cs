using System.Globalization;
using Microsoft.Extensions.Logging;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Rules.Inventory;
using RulesProduct = Sync.Rules.Inventory.PosProduct;

namespace Sync.Application.Inventory;

/// <summary>The catalogue links: rebuilt from both catalogues by <see cref="SkuMatching"/>, or found lazily for one SKU.</summary>
public sealed partial class CatalogueSync(IXSeriesClient pos, IEcomClient ecom, ICatalogueLinks links, ILogger<CatalogueSync> logger)
{
    /// <summary>
    /// Reads every POS product and every eCom product with its combinations (the paged search carries them: one call per 100
    /// products); saves the links that changed.
    /// </summary>
    public async Task<CatalogueSnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        var posProducts = await pos.GetProductsAsync(0, cancellationToken).ToListAsync(cancellationToken);
        var items = new List<EcomItem>();
        var levels = new Dictionary<(long, long?), OnlineStock>();
        await foreach (var product in ecom.GetProductsAsync(cancellationToken))
        {
            var id = product.Id.ToString(CultureInfo.InvariantCulture);
            items.Add(new EcomItem(id, null, product.Sku));
            levels[(product.Id, null)] = StockText.Observed(product.Quantity, product.Unlimited);
            foreach (var combination in product.Combinations)
            {
                items.Add(new EcomItem(id, combination.Id.ToString(CultureInfo.InvariantCulture), combination.Sku));
                levels[(product.Id, combination.Id)] = combination.Quantity is null && !combination.Unlimited
                    ? levels[(product.Id, null)]
                    : StockText.Observed(combination.Quantity, combination.Unlimited);
            }
        }

        var report = SkuMatching.Match(posProducts.Select(p => new RulesProduct(p.Id, p.Sku, p.HasInventory, p.Active)), items);
        var known = await links.AllAsync(cancellationToken).ToDictionaryAsync(l => l.PosProductId, cancellationToken: cancellationToken);
        var made = new List<CatalogueLink>();
        foreach (var match in report.Links)
        {
            var link = new CatalogueLink(
                match.Pos.Sku!,
                match.Pos.Id,
                long.Parse(match.Ecom.ProductId, CultureInfo.InvariantCulture),
                match.Ecom.CombinationId is { } c ? long.Parse(c, CultureInfo.InvariantCulture) : null,
                match.Pos.HasInventory);
            if (known.GetValueOrDefault(link.PosProductId) != link)
            {
                await links.SaveAsync(link, cancellationToken);
            }

            made.Add(link);
        }

        var unmatched = report.UnmatchedPos.Select(p => p.Sku ?? $"pos:{p.Id}")
            .Concat(report.UnmatchedEcom.Select(e => e.Sku ?? $"ecom:{e.ProductId}/{e.CombinationId}"))
            .ToList();
        var ambiguous = report.Ambiguous.Select(a => a.Sku).ToList();
        LogRefreshed(made.Count, unmatched.Count, ambiguous.Count);
        return new CatalogueSnapshot(made, levels, unmatched, ambiguous);
    }

    /// <summary>The product's link; an unknown SKU is looked up on eCom (INV-6: no counterpart, no link).</summary>
    public async Task<CatalogueLink?> LinkForAsync(Platforms.XSeries.PosProduct product, CancellationToken cancellationToken)
    {
        var link = await links.ForPosProductAsync(product.Id, cancellationToken);
        if (link is null)
        {
            if (string.IsNullOrWhiteSpace(product.Sku) || await ecom.FindBySkuAsync(product.Sku, cancellationToken) is not { } found)
            {
                LogUnmatched(product.Id);
                return null;
            }

            link = new CatalogueLink(product.Sku, product.Id, found.ProductId, found.CombinationId, product.HasInventory);
        }
        else if (link.HasInventory == product.HasInventory)
        {
            return link;
        }

        link = link with { HasInventory = product.HasInventory };
        await links.SaveAsync(link, cancellationToken);
        return link;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue read: {Links} SKU links, {Unmatched} unmatched, {Ambiguous} ambiguous (INV-6)")]
    private partial void LogRefreshed(int links, int unmatched, int ambiguous);

    [LoggerMessage(Level = LogLevel.Warning, Message = "POS product {ProductId} has no eCom counterpart by SKU; not synced (INV-6)")]
    private partial void LogUnmatched(string productId);
}
