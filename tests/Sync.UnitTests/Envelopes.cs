using Sync.Application.Events;

namespace Sync.UnitTests;

internal static class Envelopes
{
    public static EventEnvelope Inventory(string key = "xseries-abc", string payload = """{"product_id":"p-1"}""") =>
        new(Platform.XSeries, "inventory.update", Concern.Inventory, "xseries:product:p-1", key, DateTimeOffset.UnixEpoch, "corr", payload);
}
