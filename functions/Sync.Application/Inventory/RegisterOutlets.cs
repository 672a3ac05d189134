using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;
using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Inventory;

/// <summary>
/// Which outlet each POS register belongs to, kept for 10 minutes: registers seldom move between outlets, and reading
/// them on every flush would add a POS call to each. A register not among them is read again at once.
/// </summary>
public sealed class RegisterOutlets(IXSeriesClient pos, HybridCache cache)
{
    private const string Key = "pos:register-outlets";
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = TimeSpan.FromMinutes(10), LocalCacheExpiration = TimeSpan.FromMinutes(10) };

    public async Task<string?> OutletOfAsync(string registerId, CancellationToken cancellationToken)
    {
        if ((await ReadAsync(cancellationToken)).OutletByRegister.GetValueOrDefault(registerId) is { } outletId)
        {
            return outletId;
        }

        await cache.RemoveAsync(Key, cancellationToken);
        return (await ReadAsync(cancellationToken)).OutletByRegister.GetValueOrDefault(registerId);
    }

    private ValueTask<Snapshot> ReadAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(
            Key,
            async token => new Snapshot((await pos.GetRegistersAsync(token)).ToDictionary(r => r.Id, r => r.OutletId, StringComparer.Ordinal)),
            Entry,
            cancellationToken: cancellationToken);

    [ImmutableObject(true)]
    private sealed record Snapshot(IReadOnlyDictionary<string, string> OutletByRegister);
}
