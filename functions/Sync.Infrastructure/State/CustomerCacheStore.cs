using Azure;
using Azure.Data.Tables;
using Sync.Application.Customers;

namespace Sync.Infrastructure.State;

/// <summary>
/// CUS-1's cache in <c>SyncCustomers</c>: one row per normalised email holding the POS customer id, or a run's claim on
/// the email while it finds or creates that customer (insert-if-absent; an expired claim is taken over by its ETag).
/// </summary>
public sealed class CustomerCacheStore(TableServiceClient service) : ICustomerCache
{
    private const string Row = "xseries";
    private readonly TableStore<CustomerEntity> table = new(service, TableNames.Customers);

    public async Task<CustomerEntry?> FindAsync(string normalisedEmail, CancellationToken cancellationToken) =>
        await table.GetAsync(Partition(normalisedEmail), Row, cancellationToken) is { } row
            ? new CustomerEntry(row.CustomerId is { Length: > 0 } id ? id : null, row.ClaimedUntil, row.ETag.ToString())
            : null;

    public Task<bool> TryClaimAsync(string normalisedEmail, CustomerEntry? seen, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var claim = new CustomerEntity { PartitionKey = Partition(normalisedEmail), RowKey = Row, ClaimedUntil = until };
        if (seen is null)
        {
            return table.TryInsertAsync(claim, cancellationToken);
        }

        claim.ETag = new ETag(seen.Version);
        return table.TryReplaceAsync(claim, cancellationToken);
    }

    public Task RememberAsync(string normalisedEmail, string customerId, CancellationToken cancellationToken) =>
        table.UpsertAsync(new CustomerEntity { PartitionKey = Partition(normalisedEmail), RowKey = Row, CustomerId = customerId }, cancellationToken);

    private static string Partition(string normalisedEmail) => $"email:{Keys.Escape(normalisedEmail)}";
}
