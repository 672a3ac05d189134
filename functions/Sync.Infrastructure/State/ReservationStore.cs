using Azure.Data.Tables;
using Sync.Application.Inventory;

namespace Sync.Infrastructure.State;

/// <summary>
/// Reservations in two partitions of <c>SyncInventory</c>. Writes are upserts of the same rows, so a
/// repeated or concurrent reserve or release ends in the same state.
/// </summary>
public sealed class ReservationStore(TableServiceClient service) : IReservations
{
    private readonly TableStore<ReservationEntity> table = new(service, TableNames.Inventory);

    public async Task ReserveAsync(string orderNumber, IReadOnlyList<ReservedLine> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines.GroupBy(l => l.Sku, (sku, same) => new ReservedLine(sku, same.Sum(l => l.Quantity))))
        {
            // The SKU row first: a crash between the two leaves stock held back (safe), never oversold.
            await table.UpsertAsync(Row(ReservationEntity.BySku(line.Sku), Keys.Escape(orderNumber), orderNumber, line), cancellationToken);
            await table.UpsertAsync(Row(ReservationEntity.ByOrder(orderNumber), Keys.Escape(line.Sku), orderNumber, line), cancellationToken);
        }
    }

    public async Task ReleaseAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var byOrder = ReservationEntity.ByOrder(orderNumber);
        await foreach (var row in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {byOrder}"), cancellationToken))
        {
            await table.DeleteAsync(ReservationEntity.BySku(row.Sku), Keys.Escape(orderNumber), cancellationToken);
            await table.DeleteAsync(row.PartitionKey, row.RowKey, cancellationToken);
        }
    }

    public async Task<int> ReservedAsync(string sku, CancellationToken cancellationToken)
    {
        var total = 0;
        await foreach (var row in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {ReservationEntity.BySku(sku)}"), cancellationToken))
        {
            total += row.Quantity;
        }

        return total;
    }

    public async Task<bool> HoldsAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var byOrder = ReservationEntity.ByOrder(orderNumber);
        await foreach (var _ in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {byOrder}"), cancellationToken))
        {
            return true;
        }

        return false;
    }

    private static ReservationEntity Row(string partition, string row, string orderNumber, ReservedLine line) =>
        new() { PartitionKey = partition, RowKey = row, OrderNumber = orderNumber, Sku = line.Sku, Quantity = line.Quantity };
}
