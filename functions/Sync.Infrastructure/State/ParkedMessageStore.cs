using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Sync.Application.Events;
using Sync.Application.Messaging;
using Sync.Application.Parking;

namespace Sync.Infrastructure.State;

/// <summary>A message longer than a table property holds (32K characters) is kept through the claim check.</summary>
public sealed class ParkedMessageStore(TableServiceClient service, IClaimCheck claims) : IParkedMessages
{
    private const int MaxInlineChars = 30_000;
    private readonly TableStore<ParkedMessageEntity> table = new(service, TableNames.Parked);

    public async Task SaveAsync(ParkedMessage parked, CancellationToken cancellationToken)
    {
        var inline = parked.Message.Length <= MaxInlineChars;
        await table.UpsertAsync(
            new ParkedMessageEntity
            {
                PartitionKey = parked.Concern.ToString(),
                RowKey = parked.Id,
                Message = inline ? parked.Message : "",
                MessageClaim = inline ? null : await claims.StoreAsync($"parked-{parked.Id}", parked.Message, cancellationToken),
                Reason = parked.Reason,
                EventType = parked.EventType,
                EntityKey = parked.EntityKey,
                ParkedAt = parked.ParkedAt,
            },
            cancellationToken);
    }

    public async Task<ParkedMessage?> GetAsync(Concern concern, string id, CancellationToken cancellationToken) =>
        await table.GetAsync(concern.ToString(), id, cancellationToken) is { } entity ? await ToRecordAsync(entity, cancellationToken) : null;

    public async IAsyncEnumerable<ParkedMessage> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in table.QueryAsync(null, cancellationToken))
        {
            yield return await ToRecordAsync(entity, cancellationToken);
        }
    }

    public Task RemoveAsync(Concern concern, string id, CancellationToken cancellationToken) =>
        table.DeleteAsync(concern.ToString(), id, cancellationToken);

    private async Task<ParkedMessage> ToRecordAsync(ParkedMessageEntity e, CancellationToken cancellationToken) =>
        new(
            Enum.Parse<Concern>(e.PartitionKey),
            e.RowKey,
            e.MessageClaim is null ? e.Message : await claims.LoadAsync(e.MessageClaim, cancellationToken),
            e.Reason,
            e.EventType,
            e.EntityKey,
            e.ParkedAt);
}
