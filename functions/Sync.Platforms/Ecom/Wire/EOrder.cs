namespace Sync.Platforms.Ecom.Wire;

// Newer stores give orders a string id ("XJ12H") beside the numeric orderNumber; both address the order. (unsure)
internal sealed record EOrder(
    string? Id,
    long? OrderNumber,
    string? Email,
    EPerson? BillingPerson,
    decimal Total,
    string PaymentStatus,
    string? PaymentMethod,
    string FulfillmentStatus,
    EShippingOption? ShippingOption,
    IReadOnlyList<EOrderItem>? Items,
    long CreateTimestamp,
    long UpdateTimestamp);

internal sealed record EPerson(string? Name);

internal sealed record EShippingOption(string? ShippingMethodName, string? FulfillmentType);

// combinationId on an order item is taken from public client code, not the order docs. (unsure)
internal sealed record EOrderItem(long ProductId, long? CombinationId, string? Sku, int Quantity, decimal Price, string Name);

// ST-10: Ecwid's disableAllCustomerNotifications stops the customer emails for this update.
internal sealed record EOrderStatusUpdate(string? PaymentStatus, string? FulfillmentStatus, bool? DisableAllCustomerNotifications = null);
