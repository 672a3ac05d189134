using Sync.Application.Platforms.XSeries;

namespace Sync.Platforms.XSeries;

internal sealed partial class XSeriesClient
{
    public Task<IReadOnlyList<Outlet>> GetOutletsAsync(CancellationToken cancellationToken) =>
        AllAsync("/api/2.0/outlets", Json.XPageXOutlet, o => new Outlet(o.Id, o.Name), cancellationToken);

    public Task<IReadOnlyList<Register>> GetRegistersAsync(CancellationToken cancellationToken) =>
        AllAsync("/api/2.0/registers", Json.XPageXRegister, r => new Register(r.Id, r.Name, r.OutletId), cancellationToken);

    public Task<IReadOnlyList<PaymentType>> GetPaymentTypesAsync(CancellationToken cancellationToken) =>
        AllAsync("/api/2.0/payment_types", Json.XPageXPaymentType, p => new PaymentType(p.Id, p.Name, p.TypeId), cancellationToken);

    // A user with no restricted outlets may use every outlet. (unsure: inferred from "restricted")
    public Task<IReadOnlyList<PosUser>> GetUsersAsync(CancellationToken cancellationToken) =>
        AllAsync("/api/2.0/users", Json.XPageXUser,
            u => new PosUser(u.Id, u.DisplayName ?? u.Username, u.AccountType, u.RestrictedOutletIds ?? []), cancellationToken);
}
