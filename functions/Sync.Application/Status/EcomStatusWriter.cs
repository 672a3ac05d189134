using Sync.Application.Platforms.Ecom;
using Sync.Application.Settings;
using Sync.Rules.Status;

namespace Sync.Application.Status;

/// <summary>
/// Writes eCom statuses in one partial update, leaving out any the order has already. ST-10: eCom's
/// <c>disableAllCustomerNotifications</c> is a stored field of the order that governs every later email too, so it is
/// left as the merchant has it, unless the settings say this write must not email the customer: then it is switched
/// off for this write and put back straight after. A write eCom did not apply fails, to be retried or parked.
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
        var silence = !order.CustomerNotificationsDisabled && !sent.Any(emails.Notifies);
        var change = new OrderStatusChange(
            sent.OfType<StatusChange.EcomPayment>().Select(w => EcomStatuses.Wire(w.Status)).LastOrDefault(),
            sent.OfType<StatusChange.EcomFulfillment>().Select(w => EcomStatuses.Wire(w.Status)).LastOrDefault(),
            DisableCustomerNotifications: silence ? true : null);
        await UpdateAsync(order, change, cancellationToken);
        if (silence)
        {
            await UpdateAsync(order, new OrderStatusChange(null, null, DisableCustomerNotifications: false), cancellationToken);
        }

        return change;
    }

    private async Task UpdateAsync(EcomOrder order, OrderStatusChange change, CancellationToken cancellationToken)
    {
        if (!await ecom.UpdateOrderStatusAsync(order.Id, change, cancellationToken))
        {
            throw new InvalidOperationException(
                $"eCom did not apply {change} to order {order.Id}: it answered updateCount 0 and the order still differs.");
        }
    }
}
