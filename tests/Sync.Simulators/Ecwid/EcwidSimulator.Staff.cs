namespace Sync.Simulators.Ecwid;

/// <summary>
/// What the merchant does in the eCom admin: change an order's statuses (emails the customer by the order's stored flag and
/// fires <c>order.updated</c>, as the API's PUT does), or switch the order's customer notifications off or on.
/// </summary>
public sealed partial class EcwidSimulator
{
    public SimEcwidOrder ChangeStatusInAdmin(string orderId, string? paymentStatus = null, string? fulfillmentStatus = null)
    {
        lock (gate)
        {
            var before = orders[orderNumbers[orderId]];
            ChangeOrderLocked(before, before with
            {
                PaymentStatus = paymentStatus ?? before.PaymentStatus,
                FulfillmentStatus = fulfillmentStatus ?? before.FulfillmentStatus,
            });
            return orders[before.OrderNumber];
        }
    }

    public void SetCustomerNotificationsDisabledInAdmin(string orderId, bool disabled)
    {
        lock (gate)
        {
            var before = orders[orderNumbers[orderId]];
            ChangeOrderLocked(before, before with { NotificationsDisabled = disabled });
        }
    }
}
