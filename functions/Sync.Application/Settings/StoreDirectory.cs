using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Settings;

/// <summary>The store as POS has it, read fresh: what every id in the settings must resolve to (ALL-5).</summary>
public sealed record StoreDirectory(
    IReadOnlyList<Outlet> Outlets,
    IReadOnlyList<Register> Registers,
    IReadOnlyList<StaffMember> Users,
    IReadOnlyList<PosTax> Taxes,
    IReadOnlyList<PaymentType> PaymentTypes)
{
    public static async Task<StoreDirectory> ReadAsync(IXSeriesClient pos, IPosSetupReads setup, CancellationToken cancellationToken) =>
        new(
            await pos.GetOutletsAsync(cancellationToken),
            await pos.GetRegistersAsync(cancellationToken),
            await setup.GetStaffAsync(cancellationToken),
            await setup.GetTaxesAsync(cancellationToken),
            await pos.GetPaymentTypesAsync(cancellationToken));
}
