namespace Sync.Platforms.Ecom.Wire;

internal sealed record EProduct(
    long Id, string? Sku, string Name, int? Quantity, bool Unlimited, bool InStock, IReadOnlyList<ECombination>? Combinations);

internal sealed record ECombination(long Id, string? Sku, int? Quantity, bool Unlimited);

internal sealed record EStockUpdate(int? Quantity, bool Unlimited);

internal sealed record ECustomer(long Id, string Email, string? Name, EPerson? BillingPerson);
