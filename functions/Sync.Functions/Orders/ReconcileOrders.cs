using Microsoft.Azure.Functions.Worker;
using Sync.Application.Orders;

namespace Sync.Functions.Orders;

public sealed class ReconcileOrders(OrdersReconciliation reconciliation)
{
    [Function(nameof(ReconcileOrders))]
    public Task Run([TimerTrigger("%RECONCILE_ORDERS_SCHEDULE%")] TimerInfo timer, CancellationToken cancellationToken) =>
        reconciliation.ReconcileAsync(cancellationToken);
}
