namespace Sync.Platforms.Ecom.Wire;

// The deprecated orderNumber and vendorOrderNumber are not read: the string id names the order everywhere.
internal sealed record EOrder(
    string? Id,
    string? Email,
    EPerson? BillingPerson,
    decimal Total,
    string PaymentStatus,
    string? PaymentMethod,
    string? PaymentModule,
    string FulfillmentStatus,
    EShippingOption? ShippingOption,
    bool? DisableAllCustomerNotifications,
    IReadOnlyList<EOrderItem>? Items,
    long CreateTimestamp,
    long UpdateTimestamp);

internal sealed record EPerson(string? Name);

internal sealed record EShippingOption(string? ShippingMethodName, string? FulfillmentType, bool? IsPickup);

// combinationId on an order item is taken from public client code, not the order docs. (unsure)
internal sealed record EOrderItem(long ProductId, long? CombinationId, string? Sku, int Quantity, decimal Price, string Name);

internal sealed record EOrderStatusUpdate(string? PaymentStatus, string? FulfillmentStatus, bool? DisableAllCustomerNotifications = null);
