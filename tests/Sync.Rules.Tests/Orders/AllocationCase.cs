using FsCheck.Fluent;
using Sync.Rules.Inventory;
using Sync.Rules.Orders;

namespace Sync.Rules.Tests.Orders;

/// A random small order against random stock in up to six outlets (every outlet connected).
public sealed record AllocationCase(IReadOnlyList<OrderLine> Lines, OutletStock Stock, AllocationSettings Settings)
{
    public IReadOnlyList<string> Outlets => Stock.ByOutlet.Keys.ToList();

    public AllocationResult Allocate(string? shippingMethod = null) =>
        FulfillmentAllocation.Allocate(
            new AllocationRequest(Lines, shippingMethod, ConnectedOutlets.Of(Outlets, Settings.OnlineRegisterOutletId), Stock),
            Settings);

    public int Held(string outletId, string productId) => Stock.Held(outletId, productId);

    public IReadOnlyDictionary<string, int> Need =>
        Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));

    /// Lines share products unless uniqueProducts; shipping methods are mapped only when withMapping.
    public static Arbitrary<AllocationCase> Arbitrary(bool uniqueProducts, bool withMapping = false) =>
        (from outletCount in Gen.Choose(1, 6)
         from productCount in Gen.Choose(1, 4)
         let outlets = Enumerable.Range(1, outletCount).Select(i => $"o{i}").ToList()
         let products = Enumerable.Range(1, productCount).Select(i => $"p{i}").ToList()
         from levels in Gen.ArrayOf(Gen.Choose(0, 6), outletCount * productCount)
         from lineProducts in uniqueProducts
             ? Gen.Shuffle(products.ToArray())
             : Gen.ArrayOf(Gen.Elements(products.ToArray()), productCount + 1)
         from lineCount in Gen.Choose(1, lineProducts.Length)
         from quantities in Gen.ArrayOf(Gen.Choose(1, 8), lineCount)
         from priority in Gen.SubListOf(outlets.ToArray()).SelectMany(Gen.Shuffle)
         from online in Gen.Elements(outlets.ToArray())
         from mapped in Gen.Elements(outlets.ToArray())
         select new AllocationCase(
             Enumerable.Range(0, lineCount).Select(i => new OrderLine($"L{i + 1}", lineProducts[i], quantities[i])).ToList(),
             new OutletStock(outlets.Select((o, oi) => (o, oi)).ToDictionary(
                 x => x.o,
                 x => (IReadOnlyDictionary<string, int>)products.Select((p, pi) => (p, pi)).ToDictionary(y => y.p, y => levels[(x.oi * productCount) + y.pi]))),
             new AllocationSettings(
                 withMapping ? new Dictionary<string, string> { ["Courier"] = mapped } : new Dictionary<string, string>(),
                 priority.ToList(), online))).ToArbitrary();

    public override string ToString() =>
        $"lines [{string.Join(", ", Lines.Select(l => $"{l.LineId}:{l.ProductId}x{l.Quantity}"))}] " +
        $"stock [{string.Join("; ", Stock.ByOutlet.Select(o => $"{o.Key}: {string.Join(",", o.Value.Select(p => $"{p.Key}={p.Value}"))}"))}] " +
        $"priority [{string.Join(",", Settings.OutletPriority)}] online {Settings.OnlineRegisterOutletId}";
}
