using Sync.Application.Settings;
using Sync.Simulators.XSeries;

namespace Sync.IntegrationTests.Settings;

/// <summary>Complete, valid settings for the demo store, as a merchant would choose them from GET /api/ops/setup.</summary>
internal static class DemoSettings
{
    public static SyncSettings For(XSeriesDemoStore store) => new()
    {
        OnlineRegisterId = store.OnlineRegisters[0].Id,
        SaleUserId = store.User.Id,
        NoTaxId = store.NoTaxId,
        ConnectedOutletIds = store.Outlets.Select(o => o.Id).ToList(),
        OutletPriority = store.Outlets.Select(o => o.Id).ToList(),
        RegisterByOutlet = store.Outlets.ToDictionary(o => o.Id, o => store.OnlineRegisters.First(r => r.OutletId == o.Id).Id),
    };
}
