using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>
/// INV-8: the last level this service wrote for a SKU, and the units reserved (INV-7) when it was written;
/// <see cref="Version"/> is the stored record's, so a writer records its level only over the record it read.
/// </summary>
public sealed record WrittenLevel(OnlineStock Level, int ReservedAtWrite, string? Version = null)
{
    /// <summary>
    /// What eCom should show now: it lowers its own stock for every order placed after our write, and each
    /// such order is a reservation, so the reservations added since come off (and released ones go back).
    /// </summary>
    public OnlineStock Expected(int reservedNow) =>
        Level is OnlineStock.Quantity q ? OnlineStock.Of(q.Value - (reservedNow - ReservedAtWrite)) : Level;
}
