using Sync.Application.Processing;
using Microsoft.Extensions.Logging;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;

namespace Sync.Application.Inventory;

/// <summary>
/// INV-5, INV-7: eCom orders placed since the last read that POS has not recorded yet become
/// reservations, so no write re-opens a unit an online order took. Idempotent per order.
/// </summary>
public sealed partial class UnrecordedOrderIntake(
    IEcomClient ecom,
    IOrderLinks orderLinks,
    IReservations reservations,
    IReadCursors cursors,
    TimeProvider clock,
    ILogger<UnrecordedOrderIntake> logger)
{
    public const string Cursor = "ecom-orders";

    // updatedFrom has whole seconds and an order can be saved while we read: read a little back.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(2);

    /// <summary>Takes the orders in; answers the units newly reserved, by SKU.</summary>
    public async Task<IReadOnlyDictionary<string, int>> TakeInAsync(CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var from = await cursors.GetAsync(Cursor, cancellationToken) is { } seconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) - Overlap
            : startedAt - FirstLookBack;
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var order in ecom.GetOrdersUpdatedSinceAsync(from, cancellationToken))
        {
            var lines = order.Items
                .Where(i => !string.IsNullOrWhiteSpace(i.Sku) && i.Quantity > 0)
                .Select(i => new ReservedLine(i.Sku!, i.Quantity))
                .ToList();
            if (lines.Count == 0 || !await IsUnrecordedAsync(order, cancellationToken))
            {
                continue;
            }

            await reservations.ReserveAsync(order.Id, lines, cancellationToken);
            LogReserved(order.Id, lines.Count);
            foreach (var line in lines)
            {
                taken[line.Sku] = taken.GetValueOrDefault(line.Sku) + line.Quantity;
            }
        }

        await cursors.SetAsync(Cursor, startedAt.ToUnixTimeSeconds(), cancellationToken);
        return taken;
    }

    // Decision: an order with a POS sale recorded is POS's now (its stock left POS); a cancelled one holds nothing.
    private async Task<bool> IsUnrecordedAsync(EcomOrder order, CancellationToken cancellationToken) =>
        !string.Equals(order.PaymentStatus, "CANCELLED", StringComparison.OrdinalIgnoreCase)
        && await orderLinks.ForOrderAsync(order.Id, cancellationToken) is not { Complete: true } and not { Sales.Count: > 0 }
        && !await reservations.HoldsAsync(order.Id, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "eCom order {OrderNumber} not yet in POS: {Lines} line(s) reserved (INV-7)")]
    private partial void LogReserved(string orderNumber, int lines);
}
