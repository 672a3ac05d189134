using System.Net.Http.Json;
using Sync.Application.Platforms.Ecom;
using Sync.Platforms.Ecom.Wire;
using Sync.Platforms.Http;

namespace Sync.Platforms.Ecom;

internal sealed partial class EcomClient
{
    public async Task<EcomOrder?> GetOrderAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var order = await http.SendOrDefaultAsync(Request(HttpMethod.Get, "/orders/{orderNumber}", $"/orders/{Escape(orderNumber)}"), Json.EOrder, cancellationToken);
        return order is null ? null : Map(order);
    }

    public async IAsyncEnumerable<EcomOrder> GetOrdersUpdatedSinceAsync(DateTimeOffset updatedFrom, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var order in PageAsync("/orders?updatedFrom=", $"/orders?updatedFrom={updatedFrom.ToUnixTimeSeconds()}", Json.EPageEOrder, cancellationToken))
        {
            yield return Map(order);
        }
    }

    public async Task UpdateOrderStatusAsync(string orderNumber, OrderStatusChange change, CancellationToken cancellationToken)
    {
        var body = JsonContent.Create(new EOrderStatusUpdate(change.PaymentStatus, change.FulfillmentStatus, change.DisableCustomerNotifications), Json.EOrderStatusUpdate);
        await http.SendAsync(Request(HttpMethod.Put, "/orders/{orderNumber}", $"/orders/{Escape(orderNumber)}", body), Json.EUpdated, cancellationToken);
    }

    private static EcomOrder Map(EOrder o) => new(
        o.Id ?? o.OrderNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        o.Email,
        o.BillingPerson?.Name,
        o.Total,
        o.PaymentStatus,
        o.PaymentMethod,
        o.FulfillmentStatus,
        o.ShippingOption?.ShippingMethodName,
        o.ShippingOption?.FulfillmentType,
        (o.Items ?? []).Select(i => new EcomOrderItem(i.ProductId, i.CombinationId, i.Sku, i.Quantity, i.Price, i.Name)).ToList(),
        DateTimeOffset.FromUnixTimeSeconds(o.CreateTimestamp),
        DateTimeOffset.FromUnixTimeSeconds(o.UpdateTimestamp));
}
