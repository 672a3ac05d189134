using Sync.Application.Settings;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries;

/// <summary>The reads setup needs (ALL-5): taxes, and users with their emails.</summary>
internal sealed partial class XSeriesClient : IPosSetupReads
{
    private static readonly XSeriesSetupJsonContext SetupJson = XSeriesSetupJsonContext.Default;

    public async Task<IReadOnlyList<PosTax>> GetTaxesAsync(CancellationToken cancellationToken) =>
        (await AllAsync("/api/2.0/taxes", SetupJson.XPageXTax, t => t, cancellationToken))
            .Where(t => t.DeletedAt is null)
            .Select(t => new PosTax(t.Id, t.DisplayName ?? t.Name ?? t.Id, (t.Rates ?? []).Sum(r => r.Rate)))
            .ToList();

    public Task<IReadOnlyList<StaffMember>> GetStaffAsync(CancellationToken cancellationToken) =>
        AllAsync("/api/2.0/users", SetupJson.XPageXStaff,
            u => new StaffMember(u.Id, u.DisplayName ?? u.Username, u.Email, u.RestrictedOutletIds ?? []), cancellationToken);
}
