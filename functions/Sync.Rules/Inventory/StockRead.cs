namespace Sync.Rules.Inventory;

/// ALL-4: a level is computed only from a complete read of the product's POS inventory rows.
public static class StockRead
{
    /// Decision: POS keeps one inventory row per outlet for a tracked product, so a read with no row for a
    /// connected outlet is partial (a missing page, an outlet POS does not know), never "zero stock".
    /// <returns>Why the read cannot be trusted, or null when it can.</returns>
    public static string? Gap(bool hasInventory, IReadOnlyList<OutletLevel> rows, ConnectedOutlets connected)
    {
        if (connected.Ids.All(string.IsNullOrEmpty))
        {
            return "no connected outlet and no online register are configured";
        }

        if (!hasInventory)
        {
            return null;
        }

        if (rows.Count == 0)
        {
            return "POS answered no inventory rows for the product";
        }

        var missing = connected.Ids.Where(id => id.Length > 0 && !rows.Any(r => r.OutletId == id)).Order(StringComparer.Ordinal).ToList();
        return missing.Count == 0 ? null : $"POS answered no inventory row for connected outlet(s) {string.Join(", ", missing)}";
    }
}
