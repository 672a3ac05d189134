namespace Sync.Application.Platforms.Ecom;

/// <summary>A null <see cref="Sku"/> or <see cref="Quantity"/> is inherited from the base product.</summary>
public sealed record EcomCombination(long Id, long ProductId, string? Sku, int? Quantity, bool Unlimited);
