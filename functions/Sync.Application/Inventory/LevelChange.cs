using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

public static class LevelChange
{
    /// <summary>INV-5: whether writing <paramref name="level"/> could re-open stock eCom holds back now.</summary>
    public static bool Raises(OnlineStock level, OnlineStock? lastWritten) => (level, lastWritten) switch
    {
        (_, null) => true,
        (OnlineStock.Quantity now, OnlineStock.Quantity before) => now.Value > before.Value,
        (OnlineStock.UnlimitedStock, OnlineStock.Quantity) => true,
        _ => false,
    };
}
