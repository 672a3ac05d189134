namespace Sync.Rules.Orders;

/// Every k-outlet subset of a ranked list, in lexicographic order of rank (best-ranked sets first).
public static class OutletSubsets
{
    public static IEnumerable<IReadOnlyList<string>> OfSize(IReadOnlyList<string> ranked, int k) =>
        From(ranked, k, start: 0);

    private static IEnumerable<IReadOnlyList<string>> From(IReadOnlyList<string> ranked, int k, int start)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = start; i <= ranked.Count - k; i++)
        {
            foreach (var rest in From(ranked, k - 1, i + 1))
            {
                yield return [ranked[i], .. rest];
            }
        }
    }
}
