namespace Sync.Rules.Inventory;

/// INV-6: the links made, and everything that could not be linked, for an operator to fix.
public sealed record SkuMatchReport(
    IReadOnlyList<SkuLink> Links,
    IReadOnlyList<PosProduct> UnmatchedPos,
    IReadOnlyList<EcomItem> UnmatchedEcom,
    IReadOnlyList<AmbiguousSku> Ambiguous);
