namespace Sync.Application.Inventory;

/// <summary>SKU ⇄ POS product ⇄ eCom product or combination, as built by <c>SkuMatching.Match</c>.</summary>
public interface ICatalogueLinks
{
    Task<CatalogueLink?> ForPosProductAsync(string posProductId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CatalogueLink>> ForEcomProductAsync(long ecomProductId, CancellationToken cancellationToken);

    IAsyncEnumerable<CatalogueLink> AllAsync(CancellationToken cancellationToken);

    /// <summary>Saves the link and its indexes; the same link saved twice changes nothing.</summary>
    Task SaveAsync(CatalogueLink link, CancellationToken cancellationToken);
}
