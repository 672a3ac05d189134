namespace Sync.Simulators.Ecwid;

public sealed record SimEcwidCombination(long Id, string? Sku, int? Quantity, bool Unlimited);

public sealed record SimEcwidProduct(long Id, string Sku, string Name, decimal Price, int? Quantity, bool Unlimited, IReadOnlyList<SimEcwidCombination> Combinations);

public sealed record SimEcwidOrderItem(long ProductId, long? CombinationId, string Sku, int Quantity, decimal Price, string Name);

public sealed record SimEcwidOrder(
    long OrderNumber, string Email, string Name, decimal Total, string PaymentStatus, string PaymentMethod, string FulfillmentStatus,
    string ShippingMethodName, string FulfillmentType, IReadOnlyList<SimEcwidOrderItem> Items, long Created, long Updated);

public sealed record SimEcwidCustomer(long Id, string Email, string Name);

/// <summary>What the simulator's order form takes: a SKU (product or combination) and a quantity.</summary>
public sealed record OrderLine(string Sku, int Quantity);
