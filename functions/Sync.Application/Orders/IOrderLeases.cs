using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Orders;

/// <summary>ORD-10: one run at a time per order, across instances, and the sales plan it committed to.</summary>
public interface IOrderLeases
{
    /// <summary>Null while another run holds an unexpired lease on the order.</summary>
    Task<OrderLease?> TryAcquireAsync(string orderId, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Extends the hold by <paramref name="duration"/> from now; false when the lease was lost (expired and taken over).</summary>
    Task<bool> RenewAsync(OrderLease lease, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Records the sales about to be written; false when the lease was lost meanwhile.</summary>
    Task<bool> TrySavePlanAsync(OrderLease lease, IReadOnlyList<SaleDraft> plan, CancellationToken cancellationToken);

    /// <summary>Ends the hold after a failure, keeping the plan for the run that resumes.</summary>
    Task ReleaseAsync(OrderLease lease, CancellationToken cancellationToken);

    /// <summary>Ends the hold and forgets the plan: the order's link records its sales.</summary>
    Task CompleteAsync(OrderLease lease, CancellationToken cancellationToken);
}
