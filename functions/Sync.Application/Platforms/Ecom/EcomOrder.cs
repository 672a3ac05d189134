namespace Sync.Application.Platforms.Ecom;

/// <summary>Statuses stay strings: Ecwid has custom fulfillment statuses beyond the documented ones.</summary>
/// <param name="Id">
/// The order's string id (<c>XK45J</c>, with the merchant's prefix and suffix): what staff and customers see, and
/// what every order call takes. Ecwid's <c>orderNumber</c> is a deprecated internal number and is never used.
/// </param>
/// <param name="PaymentModule">The payment processor, e.g. <c>CUSTOM_PAYMENT_APP-mollie-pg</c> (ORD-4).</param>
/// <param name="CustomerNotificationsDisabled">The order's stored <c>disableAllCustomerNotifications</c>, as the merchant set it (ST-10).</param>
public sealed record EcomOrder(
    string Id,
    string? Email,
    string? CustomerName,
    decimal Total,
    string PaymentStatus,
    string? PaymentMethod,
    string? PaymentModule,
    string FulfillmentStatus,
    string? ShippingMethodName,
    string? FulfillmentType,
    bool IsPickup,
    bool CustomerNotificationsDisabled,
    IReadOnlyList<EcomOrderItem> Items,
    DateTimeOffset Created,
    DateTimeOffset Updated);
