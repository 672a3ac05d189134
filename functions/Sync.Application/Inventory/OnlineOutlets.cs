using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>INV-1: the configured outlets plus the online register's own outlet.</summary>
public sealed class OnlineOutlets(IXSeriesClient pos, TimeProvider clock)
{
    // Registers seldom move between outlets; reading them on every flush would double its POS calls.
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);
    private (IReadOnlyDictionary<string, string> OutletByRegister, DateTimeOffset ReadAt)? cached;

    public async Task<ConnectedOutlets> ConnectedAsync(SyncSettings settings, CancellationToken cancellationToken)
    {
        if (settings.OnlineRegisterId is not { } registerId)
        {
            // No online register configured: the configured outlets only (no outlet has an empty id).
            return ConnectedOutlets.Of(settings.ConnectedOutletIds, string.Empty);
        }

        var outlets = await OutletByRegisterAsync(refresh: false, cancellationToken);
        if (!outlets.TryGetValue(registerId, out var outletId))
        {
            outlets = await OutletByRegisterAsync(refresh: true, cancellationToken);
            outletId = outlets.TryGetValue(registerId, out var found)
                ? found
                : throw new InvalidOperationException($"The online register {registerId} is not a POS register.");
        }

        return ConnectedOutlets.Of(settings.ConnectedOutletIds, outletId);
    }

    private async Task<IReadOnlyDictionary<string, string>> OutletByRegisterAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && cached is { } hit && clock.GetUtcNow() - hit.ReadAt < CacheFor)
        {
            return hit.OutletByRegister;
        }

        var registers = await pos.GetRegistersAsync(cancellationToken);
        var outlets = registers.ToDictionary(r => r.Id, r => r.OutletId, StringComparer.Ordinal);
        cached = (outlets, clock.GetUtcNow());
        return outlets;
    }
}
