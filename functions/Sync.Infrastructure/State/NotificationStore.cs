using Azure.Data.Tables;
using Sync.Application.Notifications;
using Sync.Rules.Notifications;

namespace Sync.Infrastructure.State;

/// <summary>NOT-1, NOT-2: notifications per outlet; the row is the fulfillment, so raising one twice keeps one.</summary>
public sealed class NotificationStore(TableServiceClient service) : INotificationStore
{
    private const int Newest = 200;
    private readonly TableStore<NotificationEntity> table = new(service, TableNames.Notifications);

    public async Task SaveAsync(IReadOnlyList<OrderNotification> notifications, DateTimeOffset raisedAt, CancellationToken cancellationToken)
    {
        foreach (var n in notifications)
        {
            await table.UpsertAsync(new NotificationEntity
            {
                PartitionKey = Partition(n.OutletId),
                RowKey = Keys.Escape(n.FulfillmentId),
                OrderNumber = n.OrderNumber,
                FulfillmentId = n.FulfillmentId,
                OutletId = n.OutletId,
                Link = n.Link.ToString(),
                RaisedAt = raisedAt,
            }, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<OrderNotification>> ForOutletsAsync(IReadOnlySet<string> outletIds, CancellationToken cancellationToken)
    {
        var found = new List<NotificationEntity>();
        foreach (var outletId in outletIds)
        {
            await foreach (var row in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(outletId)}"), cancellationToken))
            {
                found.Add(row);
            }
        }

        return found.OrderByDescending(r => r.RaisedAt).Take(Newest)
            .Select(r => new OrderNotification(r.OrderNumber, r.FulfillmentId, r.OutletId, new Uri(r.Link)))
            .ToList();
    }

    private static string Partition(string outletId) => $"outlet:{Keys.Escape(outletId)}";
}
