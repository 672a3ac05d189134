using System.Net.Http.Json;
using Sync.Application.Platforms.Ecom;
using Sync.Platforms.Ecom.Wire;
using Sync.Platforms.Http;

namespace Sync.Platforms.Ecom;

internal sealed partial class EcomClient
{
    public async Task<EcomOrder?> GetOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        var request = Request(HttpMethod.Get, "/orders/{orderId}", $"/orders/{Escape(orderId)}");
        var order = await http.SendOrDefaultAsync(request, Json.EOrder, cancellationToken);
        return order is null ? null : Map(order);
    }

    public async IAsyncEnumerable<EcomOrder> GetOrdersUpdatedSinceAsync(DateTimeOffset updatedFrom, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var order in PageAsync("/orders?updatedFrom=", $"/orders?updatedFrom={updatedFrom.ToUnixTimeSeconds()}", Json.EPageEOrder, cancellationToken))
        {
            yield return Map(order);
        }
    }

    public async Task<bool> UpdateOrderStatusAsync(string orderId, OrderStatusChange change, CancellationToken cancellationToken)
    {
        var update = new EOrderStatusUpdate(change.PaymentStatus, change.FulfillmentStatus, change.DisableCustomerNotifications);
        var body = JsonContent.Create(update, Json.EOrderStatusUpdate);
        return await PutAsync(Request(HttpMethod.Put, "/orders/{orderId}", $"/orders/{Escape(orderId)}", body),
            async ct => await GetOrderAsync(orderId, ct) is { } order && Holds(order, change), cancellationToken);
    }

    private static bool Holds(EcomOrder order, OrderStatusChange change) =>
        (change.PaymentStatus is null || change.PaymentStatus == order.PaymentStatus)
        && (change.FulfillmentStatus is null || change.FulfillmentStatus == order.FulfillmentStatus)
        && (change.DisableCustomerNotifications is null || change.DisableCustomerNotifications == order.CustomerNotificationsDisabled);

    private static EcomOrder Map(EOrder o) => new(
        string.IsNullOrWhiteSpace(o.Id) ? throw new InvalidOperationException("eCom answered an order without its id: it cannot be addressed.") : o.Id,
        o.Email,
        o.BillingPerson?.Name,
        o.Total,
        o.PaymentStatus,
        o.PaymentMethod,
        o.PaymentModule,
        o.FulfillmentStatus,
        o.ShippingOption?.ShippingMethodName,
        o.ShippingOption?.FulfillmentType,
        o.ShippingOption?.IsPickup ?? false,
        o.DisableAllCustomerNotifications ?? false,
        (o.Items ?? []).Select(i => new EcomOrderItem(i.ProductId, i.CombinationId, i.Sku, i.Quantity, i.Price, i.Name)).ToList(),
        DateTimeOffset.FromUnixTimeSeconds(o.CreateTimestamp),
        DateTimeOffset.FromUnixTimeSeconds(o.UpdateTimestamp));
}
