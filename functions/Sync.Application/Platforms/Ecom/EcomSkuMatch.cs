namespace Sync.Application.Platforms.Ecom;

/// <summary>Where a SKU lives in eCom: a product, or one combination of it.</summary>
public sealed record EcomSkuMatch(long ProductId, long? CombinationId, int? Quantity, bool Unlimited);
