using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>INV-1: the configured outlets plus the online register's own outlet.</summary>
public sealed class OnlineOutlets(IXSeriesClient pos, RegisterOutlets registers)
{
    public async Task<ConnectedOutlets> ConnectedAsync(SyncSettings settings, CancellationToken cancellationToken)
    {
        if (settings.OnlineRegisterId is not { } registerId)
        {
            // No online register configured: the configured outlets only (no outlet has an empty id).
            return ConnectedOutlets.Of(settings.ConnectedOutletIds, string.Empty);
        }

        if (registers.Current?.GetValueOrDefault(registerId) is not { } outletId)
        {
            var read = (await pos.GetRegistersAsync(cancellationToken)).ToDictionary(r => r.Id, r => r.OutletId, StringComparer.Ordinal);
            registers.Keep(read);
            outletId = read.TryGetValue(registerId, out var found)
                ? found
                : throw new InvalidOperationException($"The online register {registerId} is not a POS register.");
        }

        return ConnectedOutlets.Of(settings.ConnectedOutletIds, outletId);
    }
}
