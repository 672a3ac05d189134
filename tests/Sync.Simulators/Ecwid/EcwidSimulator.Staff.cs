namespace Sync.Simulators.Ecwid;

/// <summary>What the merchant does in the eCom admin: change an order's statuses (fires <c>order.updated</c>, as the API's PUT does).</summary>
public sealed partial class EcwidSimulator
{
    public SimEcwidOrder ChangeStatusInAdmin(long orderNumber, string? paymentStatus = null, string? fulfillmentStatus = null)
    {
        lock (gate)
        {
            var before = orders[orderNumber];
            var after = before with
            {
                PaymentStatus = paymentStatus ?? before.PaymentStatus,
                FulfillmentStatus = fulfillmentStatus ?? before.FulfillmentStatus,
                Updated = options.Time.GetUtcNow().ToUnixTimeSeconds(),
            };
            orders[orderNumber] = after;
            Emit("order.updated", Number(after), new
            {
                oldPaymentStatus = before.PaymentStatus, newPaymentStatus = after.PaymentStatus,
                oldFulfillmentStatus = before.FulfillmentStatus, newFulfillmentStatus = after.FulfillmentStatus,
            });
            return after;
        }
    }
}
