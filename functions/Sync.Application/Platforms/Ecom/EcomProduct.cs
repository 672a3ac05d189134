namespace Sync.Application.Platforms.Ecom;

public sealed record EcomProduct(long Id, string? Sku, string Name, int? Quantity, bool Unlimited, bool InStock, IReadOnlyList<EcomCombination> Combinations);
