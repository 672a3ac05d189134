using Sync.Application.Events;

namespace Sync.Application.Parking;

public interface IParkedMessages
{
    Task SaveAsync(ParkedMessage parked, CancellationToken cancellationToken);

    Task<ParkedMessage?> GetAsync(Concern concern, string id, CancellationToken cancellationToken);

    IAsyncEnumerable<ParkedMessage> ListAsync(CancellationToken cancellationToken);

    Task RemoveAsync(Concern concern, string id, CancellationToken cancellationToken);
}
