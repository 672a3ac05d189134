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

    /// <summary>A user added since the last read is found at once, not after the cache expires.</summary>
    public async Task<PosUser?> FindUserAsync(string userId, CancellationToken cancellationToken)
    {
        if ((await UsersAsync(cancellationToken)).FirstOrDefault(u => u.Id == userId) is { } cached)
        {
            return cached;
        }

        users.Forget();
        return (await UsersAsync(cancellationToken)).FirstOrDefault(u => u.Id == userId);
    }

    private sealed class Cached<T>
    {
        // A reference, so concurrent readers never see a torn pair.
        private Snapshot? value;

        public void Forget() => value = null;

        public async Task<IReadOnlyList<T>> GetAsync(
            Func<CancellationToken, Task<IReadOnlyList<T>>> read, TimeProvider clock, CancellationToken cancellationToken)
        {
            if (value is { } hit && clock.GetUtcNow() - hit.ReadAt < CacheFor)
            {
                return hit.Items;
            }

            var items = await read(cancellationToken);
            value = new Snapshot(items, clock.GetUtcNow());
            return items;
        }

        private sealed record Snapshot(IReadOnlyList<T> Items, DateTimeOffset ReadAt);
    }
}
