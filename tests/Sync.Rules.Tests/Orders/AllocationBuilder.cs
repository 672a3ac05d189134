using Sync.Rules.Inventory;
using Sync.Rules.Orders;

namespace Sync.Rules.Tests.Orders;

/// Test shorthand: stock as "outlet: product=qty, ..." and lines as (product, qty).
public static class AllocationBuilder
{
    public static OutletStock Stock(params (string Outlet, (string Product, int Quantity)[] Held)[] outlets) =>
        new(outlets.ToDictionary(
            o => o.Outlet,
            o => (IReadOnlyDictionary<string, int>)o.Held.ToDictionary(h => h.Product, h => h.Quantity)));

    public static IReadOnlyList<OrderLine> Lines(params (string Product, int Quantity)[] lines) =>
        lines.Select((l, i) => new OrderLine($"L{i + 1}", l.Product, l.Quantity)).ToList();

    public static AllocationSettings Settings(
        IReadOnlyList<string>? priority = null, string online = "web", IReadOnlyDictionary<string, string>? shipping = null) =>
        new(shipping ?? new Dictionary<string, string>(), priority ?? [], online);

    public static AllocationResult Allocate(
        IReadOnlyList<OrderLine> lines, OutletStock stock, AllocationSettings settings, string? shippingMethod = null) =>
        FulfillmentAllocation.Allocate(
            new AllocationRequest(lines, shippingMethod, ConnectedOutlets.Of(stock.ByOutlet.Keys, settings.OnlineRegisterOutletId), stock),
            settings);

    public static string Describe(AllocationResult result) =>
        string.Join(" | ", result.Allocations.Select(a => $"{a.OutletId}: {string.Join(", ", a.Lines.Select(l => $"{l.LineId}x{l.Quantity}"))}"));
}
