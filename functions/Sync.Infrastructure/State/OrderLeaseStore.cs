using System.Text.Json;
using Sync.Application.Orders;
using Sync.Application.Platforms.XSeries;

namespace Sync.Infrastructure.State;

/// <summary>
/// Leases in <c>SyncOrderLeases</c>, one row per order. Taken by insert-if-absent, or by an ETag-checked
/// replace of an expired one, so two runs never both hold it; the token is the holder's own id. Every later write
/// (renew, plan, release, delete) is an ETag-checked one of the row the holder read, so it never touches a lease taken over;
/// a conflict while the row is still the holder's (its own renewal racing) is read again, a bounded number of times.
/// </summary>
public sealed class OrderLeaseStore(Azure.Data.Tables.TableServiceClient service, TimeProvider clock) : IOrderLeases
{
    private const string Row = "lease";
    private const int MaxAttempts = 3;
    private readonly TableStore<OrderLeaseEntity> table = new(service, TableNames.OrderLeases);

    public async Task<OrderLease?> TryAcquireAsync(string orderNumber, TimeSpan duration, CancellationToken cancellationToken)
    {
        var owner = Guid.NewGuid().ToString("N");
        var until = clock.GetUtcNow() + duration;
        var current = await table.GetAsync(Partition(orderNumber), Row, cancellationToken);
        if (current is null)
        {
            var fresh = new OrderLeaseEntity { PartitionKey = Partition(orderNumber), RowKey = Row, Owner = owner, LeasedUntil = until };
            return await table.TryInsertAsync(fresh, cancellationToken) ? new OrderLease(orderNumber, owner, null) : null;
        }

        if (current.LeasedUntil > clock.GetUtcNow())
        {
            return null;
        }

        current.Owner = owner;
        current.LeasedUntil = until;
        return await table.TryReplaceAsync(current, cancellationToken) ? new OrderLease(orderNumber, owner, Plan(current)) : null;
    }

    public Task<bool> RenewAsync(OrderLease lease, TimeSpan duration, CancellationToken cancellationToken) =>
        WhileHeldAsync(lease, row =>
        {
            row.LeasedUntil = clock.GetUtcNow() + duration;
            return table.TryReplaceAsync(row, cancellationToken);
        }, cancellationToken);

    public Task<bool> TrySavePlanAsync(OrderLease lease, IReadOnlyList<SaleDraft> plan, CancellationToken cancellationToken) =>
        WhileHeldAsync(lease, row =>
        {
            row.PlanJson = JsonSerializer.Serialize(plan, OrderStateJson.Default.IReadOnlyListSaleDraft);
            return table.TryReplaceAsync(row, cancellationToken);
        }, cancellationToken);

    public Task ReleaseAsync(OrderLease lease, CancellationToken cancellationToken) =>
        WhileHeldAsync(lease, row =>
        {
            row.LeasedUntil = DateTimeOffset.MinValue;
            return table.TryReplaceAsync(row, cancellationToken);
        }, cancellationToken);

    public Task CompleteAsync(OrderLease lease, CancellationToken cancellationToken) =>
        WhileHeldAsync(lease, row => table.TryDeleteAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken), cancellationToken);

    private async Task<bool> WhileHeldAsync(OrderLease lease, Func<OrderLeaseEntity, Task<bool>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await HeldAsync(lease, cancellationToken) is not { } row)
            {
                return false;
            }

            if (await write(row))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<OrderLeaseEntity?> HeldAsync(OrderLease lease, CancellationToken cancellationToken) =>
        await table.GetAsync(Partition(lease.OrderId), Row, cancellationToken) is { } row && row.Owner == lease.Token ? row : null;

    private static IReadOnlyList<SaleDraft>? Plan(OrderLeaseEntity row) =>
        row.PlanJson is { Length: > 0 } json ? JsonSerializer.Deserialize(json, OrderStateJson.Default.IReadOnlyListSaleDraft) : null;

    private static string Partition(string orderNumber) => $"order:{Keys.Escape(orderNumber)}";
}
