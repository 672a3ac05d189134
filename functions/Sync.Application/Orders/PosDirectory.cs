using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;
using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Orders;

/// <summary>
/// POS reference data that changes rarely (registers, payment types, outlets, users), read once per
/// <see cref="CacheFor"/> instead of on every order (concurrent misses read POS once).
/// </summary>
public sealed class PosDirectory(IXSeriesClient pos, HybridCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);
    private const string UsersKey = "pos:users";
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = CacheFor, LocalCacheExpiration = CacheFor };

    public Task<IReadOnlyList<Register>> RegistersAsync(CancellationToken cancellationToken) => ReadAsync("pos:registers", pos.GetRegistersAsync, cancellationToken);

    public Task<IReadOnlyList<PaymentType>> PaymentTypesAsync(CancellationToken cancellationToken) =>
        ReadAsync("pos:payment-types", pos.GetPaymentTypesAsync, cancellationToken);

    public Task<IReadOnlyList<Outlet>> OutletsAsync(CancellationToken cancellationToken) => ReadAsync("pos:outlets", pos.GetOutletsAsync, cancellationToken);

    public Task<IReadOnlyList<PosUser>> UsersAsync(CancellationToken cancellationToken) => ReadAsync(UsersKey, pos.GetUsersAsync, cancellationToken);

    /// <summary>A user added since the last read is found at once, not after the cache expires.</summary>
    public async Task<PosUser?> FindUserAsync(string userId, CancellationToken cancellationToken)
    {
        if ((await UsersAsync(cancellationToken)).FirstOrDefault(u => u.Id == userId) is { } cached)
        {
            return cached;
        }

        await cache.RemoveAsync(UsersKey, cancellationToken);
        return (await UsersAsync(cancellationToken)).FirstOrDefault(u => u.Id == userId);
    }

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string key, Func<CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(key, async token => new Snapshot<T>(await read(token)), Entry, cancellationToken: cancellationToken)).Items;

    [ImmutableObject(true)]
    private sealed record Snapshot<T>(IReadOnlyList<T> Items);
}
