using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Settings;

/// <summary>ALL-5: the store as POS has it, with names and ids, so a person or a page can choose settings by name.</summary>
public sealed class StoreSetup(IXSeriesClient pos, IPosSetupReads setup)
{
    public async Task<SetupView> ReadAsync(CancellationToken cancellationToken)
    {
        var store = await StoreDirectory.ReadAsync(pos, setup, cancellationToken);
        var allOutlets = store.Outlets.Select(o => o.Id).ToList();

        // ORD-11: the shipping line's product must not move stock, so only untracked products are candidates.
        var untracked = await pos.GetProductsAsync(0, cancellationToken)
            .Where(p => p.Active && !p.HasInventory)
            .Select(p => new SetupProduct(p.Id, p.Name, p.Sku))
            .ToListAsync(cancellationToken);
        return new SetupView(
            store.Outlets.Select(o => new SetupOutlet(o.Id, o.Name)).ToList(),
            store.Registers.Select(r => new SetupRegister(r.Id, r.Name, r.OutletId)).ToList(),
            store.Users.Select(u => new SetupUser(u.Id, u.Name, u.Email, u.RestrictedOutletIds.Count > 0 ? u.RestrictedOutletIds : allOutlets)).ToList(),
            store.Taxes.Select(t => new SetupTax(t.Id, t.Name, t.Rate)).ToList(),
            store.PaymentTypes.Select(p => new SetupPaymentType(p.Id, p.Name)).ToList(),
            untracked);
    }
}

public sealed record SetupView(
    IReadOnlyList<SetupOutlet> Outlets,
    IReadOnlyList<SetupRegister> Registers,
    IReadOnlyList<SetupUser> Users,
    IReadOnlyList<SetupTax> Taxes,
    IReadOnlyList<SetupPaymentType> PaymentTypes,
    IReadOnlyList<SetupProduct> Products);

public sealed record SetupOutlet(string Id, string Name);

public sealed record SetupRegister(string Id, string Name, string OutletId);

/// <param name="OutletIds">The outlets the user may use (every outlet when POS restricts none).</param>
public sealed record SetupUser(string Id, string Name, string? Email, IReadOnlyList<string> OutletIds);

public sealed record SetupTax(string Id, string Name, decimal Rate);

public sealed record SetupPaymentType(string Id, string Name);

public sealed record SetupProduct(string Id, string Name, string Sku);
