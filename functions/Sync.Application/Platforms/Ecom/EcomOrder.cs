namespace Sync.Application.Platforms.Ecom;

/// <summary>Statuses stay strings: Ecwid has custom fulfillment statuses beyond the documented ones.</summary>
public sealed record EcomOrder(
    string OrderNumber,
    string? Email,
    string? CustomerName,
    decimal Total,
    string PaymentStatus,
    string? PaymentMethod,
    string FulfillmentStatus,
    string? ShippingMethodName,
    string? FulfillmentType,
    IReadOnlyList<EcomOrderItem> Items,
    DateTimeOffset Created,
    DateTimeOffset Updated);
