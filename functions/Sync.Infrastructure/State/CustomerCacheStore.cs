using Azure.Data.Tables;
using Sync.Application.Customers;

namespace Sync.Infrastructure.State;

/// <summary>CUS-1's cache in <c>SyncCustomers</c>: one row per normalised email, holding the POS customer id.</summary>
public sealed class CustomerCacheStore(TableServiceClient service) : ICustomerCache
{
    private const string Row = "xseries";
    private readonly TableStore<JsonDocumentEntity> table = new(service, TableNames.Customers);

    public async Task<string?> FindAsync(string normalisedEmail, CancellationToken cancellationToken) =>
        (await table.GetAsync(Partition(normalisedEmail), Row, cancellationToken))?.Json;

    public Task RememberAsync(string normalisedEmail, string customerId, CancellationToken cancellationToken) =>
        table.UpsertAsync(new JsonDocumentEntity { PartitionKey = Partition(normalisedEmail), RowKey = Row, Json = customerId }, cancellationToken);

    private static string Partition(string normalisedEmail) => $"email:{Keys.Escape(normalisedEmail)}";
}
