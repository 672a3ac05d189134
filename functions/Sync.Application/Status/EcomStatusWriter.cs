using Sync.Application.Platforms.Ecom;
using Sync.Application.Settings;
using Sync.Rules.Status;

namespace Sync.Application.Status;

/// <summary>
/// Writes eCom statuses in one partial update, leaving out any the order has already, and tells eCom
/// whether to email the customer (ST-10).
/// </summary>
public sealed class EcomStatusWriter(IEcomClient ecom, RuntimeSettings settings)
{
    public async Task<OrderStatusChange?> WriteAsync(EcomOrder order, IReadOnlyList<StatusChange> writes, CancellationToken cancellationToken)
    {
        var sent = writes.Where(w => EcomStatuses.Wire(w.Value) != (w is StatusChange.EcomPayment ? order.PaymentStatus : order.FulfillmentStatus)).ToList();
        if (sent.Count == 0)
        {
            return null;
        }

        var emails = CustomerEmails.From(await settings.CurrentAsync(cancellationToken));
        var change = new OrderStatusChange(
            sent.OfType<StatusChange.EcomPayment>().Select(w => EcomStatuses.Wire(w.Status)).LastOrDefault(),
            sent.OfType<StatusChange.EcomFulfillment>().Select(w => EcomStatuses.Wire(w.Status)).LastOrDefault(),
            DisableCustomerNotifications: !sent.Any(emails.Notifies));
        await ecom.UpdateOrderStatusAsync(order.OrderNumber, change, cancellationToken);
        return change;
    }
}
