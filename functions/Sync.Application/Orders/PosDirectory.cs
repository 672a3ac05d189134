using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Orders;

/// <summary>
/// POS reference data that changes rarely (registers, payment types, outlets, users), read once per
/// <see cref="CacheFor"/> instead of on every order.
/// </summary>
public sealed class PosDirectory(IXSeriesClient pos, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);
    private readonly Cached<Register> registers = new();
    private readonly Cached<PaymentType> paymentTypes = new();
    private readonly Cached<Outlet> outlets = new();
    private readonly Cached<PosUser> users = new();

    public Task<IReadOnlyList<Register>> RegistersAsync(CancellationToken cancellationToken) =>
        registers.GetAsync(pos.GetRegistersAsync, clock, cancellationToken);

    public Task<IReadOnlyList<PaymentType>> PaymentTypesAsync(CancellationToken cancellationToken) =>
        paymentTypes.GetAsync(pos.GetPaymentTypesAsync, clock, cancellationToken);

    public Task<IReadOnlyList<Outlet>> OutletsAsync(CancellationToken cancellationToken) =>
        outlets.GetAsync(pos.GetOutletsAsync, clock, cancellationToken);

    public Task<IReadOnlyList<PosUser>> UsersAsync(CancellationToken cancellationToken) =>
        users.GetAsync(pos.GetUsersAsync, clock, cancellationToken);

    private sealed class Cached<T>
    {
        private (IReadOnlyList<T> Items, DateTimeOffset ReadAt)? value;

        public async Task<IReadOnlyList<T>> GetAsync(
            Func<CancellationToken, Task<IReadOnlyList<T>>> read, TimeProvider clock, CancellationToken cancellationToken)
        {
            if (value is { } hit && clock.GetUtcNow() - hit.ReadAt < CacheFor)
            {
                return hit.Items;
            }

            var items = await read(cancellationToken);
            value = (items, clock.GetUtcNow());
            return items;
        }
    }
}
