using Microsoft.Extensions.Configuration;
using Sync.Infrastructure.Messaging;

namespace Sync.Functions;

/// <summary>
/// Whether this build holds the Service Bus triggers (<c>EnableServiceBusTrigger=true</c>). A Service Bus transport without
/// them would enqueue every webhook where nothing reads it, so such an app refuses to start and says why.
/// </summary>
public static class ServiceBusTriggers
{
#if SERVICEBUS_TRIGGERS
    public const bool Compiled = true;
#else
    public const bool Compiled = false;
#endif

    public static void EnsureFor(IConfiguration configuration)
    {
        if (configuration.GetValue("Sync:Transport", TransportKind.StorageQueues) == TransportKind.ServiceBus && !Compiled)
        {
            throw new InvalidOperationException(
                "Sync:Transport is ServiceBus, but this build has no Service Bus triggers, so nothing would read the queues. " +
                "Build with EnableServiceBusTrigger=true (dotnet publish -p:EnableServiceBusTrigger=true; azd 1.23.7 or later sets it " +
                "from SYNC_TRANSPORT), or set Sync__Transport=StorageQueues.");
        }
    }
}
