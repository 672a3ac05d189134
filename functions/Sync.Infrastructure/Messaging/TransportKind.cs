namespace Sync.Infrastructure.Messaging;

/// <summary>Setting <c>Sync:Transport</c>: how envelopes travel from receivers to handlers.</summary>
public enum TransportKind
{
    StorageQueues,
    ServiceBus,
}
