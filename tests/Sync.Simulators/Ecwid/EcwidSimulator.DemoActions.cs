using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.Ecwid;

/// <summary>What a person can do to the demo store, as a shopper would: <c>POST /_sim/orders</c>.</summary>
public sealed partial class EcwidSimulator
{
    private void MapDemoActions(WebApplication web) =>
        web.MapPost("/_sim/orders", (DemoOrder order) =>
        {
            try
            {
                var placed = PlaceOrder(
                    order.Email, order.Name, order.Lines, order.PaymentStatus ?? "PAID", order.FulfillmentType ?? "SHIPPING", order.ShippingMethodName ?? "Courier");
                return Results.Ok(new { placed.Id });
            }
            catch (KeyNotFoundException)
            {
                return Results.NotFound(new { error = "Unknown SKU." });
            }
        });

    /// <summary><c>{"email":"ada@example.com","name":"Ada Lovelace","lines":[{"sku":"TEE-M","quantity":1}]}</c>.</summary>
    private sealed record DemoOrder(
        string Email, string Name, IReadOnlyList<OrderLine> Lines, string? PaymentStatus, string? FulfillmentType, string? ShippingMethodName);
}
