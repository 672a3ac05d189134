using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>The last POS inventory read per product and outlet, so an incremental reconcile knows unchanged products.</summary>
public interface IPosLevels
{
    Task<IReadOnlyList<OutletLevel>> GetAsync(string posProductId, CancellationToken cancellationToken);

    /// <summary>Replaces the given outlets' rows of the product; other outlets keep theirs.</summary>
    Task MergeAsync(string posProductId, IReadOnlyList<OutletLevel> levels, CancellationToken cancellationToken);
}
