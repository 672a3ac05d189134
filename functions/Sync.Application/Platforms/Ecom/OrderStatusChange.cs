namespace Sync.Application.Platforms.Ecom;

/// <summary>A partial update: a null status is left as it is.</summary>
/// <param name="DisableCustomerNotifications">ST-10: true stops eCom emailing the customer about this update; null leaves eCom's default.</param>
public sealed record OrderStatusChange(string? PaymentStatus, string? FulfillmentStatus, bool? DisableCustomerNotifications = null);
