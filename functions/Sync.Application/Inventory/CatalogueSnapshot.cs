using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>A full read of both catalogues: the links made, eCom's levels as read, and what could not be linked (INV-6).</summary>
public sealed record CatalogueSnapshot(
    IReadOnlyList<CatalogueLink> Links,
    IReadOnlyDictionary<(long ProductId, long? CombinationId), OnlineStock> EcomLevels,
    IReadOnlyList<string> Unmatched,
    IReadOnlyList<string> Ambiguous);
