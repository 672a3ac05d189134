namespace Sync.Application.Settings;

/// <summary>The POS reads that only setup needs (ALL-5): the store's taxes and its staff with their emails.</summary>
public interface IPosSetupReads
{
    Task<IReadOnlyList<PosTax>> GetTaxesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffMember>> GetStaffAsync(CancellationToken cancellationToken);
}

/// <param name="Rate">The sum of the tax's rates (0.15 is 15 %).</param>
public sealed record PosTax(string Id, string Name, decimal Rate);

/// <param name="RestrictedOutletIds">Empty: the user may use every outlet.</param>
public sealed record StaffMember(string Id, string Name, string? Email, IReadOnlyList<string> RestrictedOutletIds);
