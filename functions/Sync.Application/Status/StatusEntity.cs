using Sync.Application.Events;

namespace Sync.Application.Status;

/// <summary>The audit entity of an order's status: the eCom order.</summary>
public static class StatusEntity
{
    public static string Key(string orderId) => EventKeys.Entity(Events.Platform.Ecom, "order", orderId);
}
