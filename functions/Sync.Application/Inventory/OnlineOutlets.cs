using Sync.Application.Settings;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>INV-1: the configured outlets plus the online register's own outlet.</summary>
public sealed class OnlineOutlets(RegisterOutlets registers)
{
    public async Task<ConnectedOutlets> ConnectedAsync(SyncSettings settings, CancellationToken cancellationToken)
    {
        if (settings.OnlineRegisterId is not { } registerId)
        {
            // No online register configured: the configured outlets only (no outlet has an empty id).
            return ConnectedOutlets.Of(settings.ConnectedOutletIds, string.Empty);
        }

        var outletId = await registers.OutletOfAsync(registerId, cancellationToken)
            ?? throw new InvalidOperationException($"The online register {registerId} is not a POS register.");
        return ConnectedOutlets.Of(settings.ConnectedOutletIds, outletId);
    }
}
