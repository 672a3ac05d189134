namespace Sync.Rules.Inventory;

/// INV-8 (second half): no eCom write when the computed level equals the last level written.
public static class EcomStockWrite
{
    public static bool IsNeeded(OnlineStock computed, OnlineStock? lastWritten) => computed != lastWritten;
}
