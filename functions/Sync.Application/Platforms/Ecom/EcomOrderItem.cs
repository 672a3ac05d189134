namespace Sync.Application.Platforms.Ecom;

public sealed record EcomOrderItem(long ProductId, long? CombinationId, string? Sku, int Quantity, decimal Price, string Name);
