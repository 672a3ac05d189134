namespace Sync.Application.Events;

/// <summary>The part of the sync an event feeds; each concern has its own queue.</summary>
public enum Concern
{
    Inventory,
    Orders,
    Status,
}
