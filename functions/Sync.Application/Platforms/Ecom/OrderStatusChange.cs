namespace Sync.Application.Platforms.Ecom;

/// <summary>A partial update of an order: a null field is left as it is.</summary>
/// <param name="DisableCustomerNotifications">
/// ST-10: sets the order's stored <c>disableAllCustomerNotifications</c>, which governs every later email of the order too.
/// </param>
public sealed record OrderStatusChange(string? PaymentStatus, string? FulfillmentStatus, bool? DisableCustomerNotifications = null);
