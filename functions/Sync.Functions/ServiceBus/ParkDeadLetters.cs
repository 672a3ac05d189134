using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Events;
using Sync.Application.Parking;

namespace Sync.Functions.ServiceBus;

/// <summary>
/// The Service Bus twin of <see cref="Processing.ParkPoisonMessages"/>: each dead-letter queue's
/// messages are parked with the broker's reason when the app recorded none.
/// Compiled only with <c>EnableServiceBusTrigger=true</c>.
/// </summary>
public sealed class ParkDeadLetters(MessageParking parking)
{
    private const string Connection = "ServiceBus";
    private const string DeadLetters = "/$deadletterqueue";

    [Function("ParkInventoryDeadLetters")]
    public Task Inventory(
        [ServiceBusTrigger(Queues.Inventory + DeadLetters, Connection = Connection)] ServiceBusReceivedMessage message,
        CancellationToken cancellationToken) => Park(Concern.Inventory, message, cancellationToken);

    [Function("ParkOrdersDeadLetters")]
    public Task Orders(
        [ServiceBusTrigger(Queues.Orders + DeadLetters, Connection = Connection)] ServiceBusReceivedMessage message,
        CancellationToken cancellationToken) => Park(Concern.Orders, message, cancellationToken);

    [Function("ParkStatusDeadLetters")]
    public Task Status(
        [ServiceBusTrigger(Queues.Status + DeadLetters, Connection = Connection)] ServiceBusReceivedMessage message,
        CancellationToken cancellationToken) => Park(Concern.Status, message, cancellationToken);

    private Task Park(Concern concern, ServiceBusReceivedMessage message, CancellationToken cancellationToken) =>
        parking.ParkAsync(concern, message.Body.ToString(), $"{message.DeadLetterReason}: {message.DeadLetterErrorDescription}", cancellationToken);
}
