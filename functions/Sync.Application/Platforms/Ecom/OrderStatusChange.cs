namespace Sync.Application.Platforms.Ecom;

/// <summary>A partial update: a null status is left as it is.</summary>
public sealed record OrderStatusChange(string? PaymentStatus, string? FulfillmentStatus);
