using System.Globalization;

namespace Sync.Application.Orders;

/// <summary>
/// The POS <c>source_id</c> of each sale made for an order, so it can always be found again: the order
/// number, or for a split order's parts <c>{orderId}-{part}</c> counting from 1.
/// </summary>
public static class SourceIds
{
    public static string For(string orderId, int partIndex, int parts) =>
        parts == 1 ? orderId : string.Create(CultureInfo.InvariantCulture, $"{orderId}-{partIndex + 1}");
}
