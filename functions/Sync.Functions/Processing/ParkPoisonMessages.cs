using Microsoft.Azure.Functions.Worker;
using Sync.Application.Events;
using Sync.Application.Parking;

namespace Sync.Functions.Processing;

/// <summary>Moves what the host gave up on from each poison queue to the parked messages, with its last error.</summary>
public sealed class ParkPoisonMessages(MessageParking parking)
{
    private const string Poison = "-poison";

    [Function("ParkInventoryPoison")]
    public Task Inventory([QueueTrigger(Queues.Inventory + Poison)] string message, CancellationToken cancellationToken) =>
        parking.ParkAsync(Concern.Inventory, message, null, cancellationToken);

    [Function("ParkOrdersPoison")]
    public Task Orders([QueueTrigger(Queues.Orders + Poison)] string message, CancellationToken cancellationToken) =>
        parking.ParkAsync(Concern.Orders, message, null, cancellationToken);

    [Function("ParkStatusPoison")]
    public Task Status([QueueTrigger(Queues.Status + Poison)] string message, CancellationToken cancellationToken) =>
        parking.ParkAsync(Concern.Status, message, null, cancellationToken);
}
