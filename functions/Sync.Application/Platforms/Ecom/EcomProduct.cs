namespace Sync.Application.Platforms.Ecom;

/// <summary>A product with its combinations (variations), as a product read or search carries them.</summary>
public sealed record EcomProduct(
    long Id, string? Sku, string Name, int? Quantity, bool Unlimited, bool InStock, IReadOnlyList<EcomCombination> Combinations);
