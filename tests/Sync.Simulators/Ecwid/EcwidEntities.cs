namespace Sync.Simulators.Ecwid;

public sealed record SimEcwidCombination(long Id, string? Sku, int? Quantity, bool Unlimited);

public sealed record SimEcwidProduct(long Id, string Sku, string Name, decimal Price, int? Quantity, bool Unlimited, IReadOnlyList<SimEcwidCombination> Combinations);

public sealed record SimEcwidOrderItem(long ProductId, long? CombinationId, string Sku, int Quantity, decimal Price, string Name);

/// <summary>
/// <see cref="Id"/> is the order's string id (what staff, customers and the API use); <see cref="OrderNumber"/> the
/// deprecated internal number that order webhooks carry in <c>entityId</c>. <see cref="NotificationsDisabled"/> is the
/// stored <c>disableAllCustomerNotifications</c>.
/// </summary>
public sealed record SimEcwidOrder(
    string Id, long OrderNumber, string Email, string Name, decimal Total, string PaymentStatus, string PaymentMethod, string? PaymentModule,
    string FulfillmentStatus, string ShippingMethodName, string? FulfillmentType, bool IsPickup, bool NotificationsDisabled,
    IReadOnlyList<SimEcwidOrderItem> Items, long Created, long Updated);

public sealed record SimEcwidCustomer(long Id, string Email, string Name);

/// <summary>What the simulator's order form takes: a SKU (product or combination) and a quantity.</summary>
public sealed record OrderLine(string Sku, int Quantity);

/// <summary>A status-change email the store sent its customer (its notification settings on, the order's flag off).</summary>
public sealed record SentCustomerEmail(string OrderId, string Status);
