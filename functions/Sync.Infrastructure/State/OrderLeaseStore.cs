using System.Text.Json;
using Sync.Application.Orders;
using Sync.Application.Platforms.XSeries;

namespace Sync.Infrastructure.State;

/// <summary>
/// Leases in <c>SyncOrderLeases</c>, one row per order. Taken by insert-if-absent, or by an ETag-checked
/// replace of an expired one, so two runs never both hold it; the token is the holder's own id.
/// </summary>
public sealed class OrderLeaseStore(Azure.Data.Tables.TableServiceClient service, TimeProvider clock) : IOrderLeases
{
    private const string Row = "lease";
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

    public async Task<bool> TrySavePlanAsync(OrderLease lease, IReadOnlyList<SaleDraft> plan, CancellationToken cancellationToken)
    {
        if (await HeldAsync(lease, cancellationToken) is not { } row)
        {
            return false;
        }

        row.PlanJson = JsonSerializer.Serialize(plan, OrderStateJson.Default.IReadOnlyListSaleDraft);
        return await table.TryReplaceAsync(row, cancellationToken);
    }

    public async Task ReleaseAsync(OrderLease lease, CancellationToken cancellationToken)
    {
        if (await HeldAsync(lease, cancellationToken) is { } row)
        {
            row.LeasedUntil = DateTimeOffset.MinValue;
            await table.TryReplaceAsync(row, cancellationToken);
        }
    }

    public async Task CompleteAsync(OrderLease lease, CancellationToken cancellationToken)
    {
        if (await HeldAsync(lease, cancellationToken) is not null)
        {
            await table.DeleteAsync(Partition(lease.OrderId), Row, cancellationToken);
        }
    }

    private async Task<OrderLeaseEntity?> HeldAsync(OrderLease lease, CancellationToken cancellationToken) =>
        await table.GetAsync(Partition(lease.OrderId), Row, cancellationToken) is { } row && row.Owner == lease.Token ? row : null;

    private static IReadOnlyList<SaleDraft>? Plan(OrderLeaseEntity row) =>
        row.PlanJson is { Length: > 0 } json ? JsonSerializer.Deserialize(json, OrderStateJson.Default.IReadOnlyListSaleDraft) : null;

    private static string Partition(string orderNumber) => $"order:{Keys.Escape(orderNumber)}";
}
