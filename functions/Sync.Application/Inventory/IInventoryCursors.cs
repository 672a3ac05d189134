namespace Sync.Application.Inventory;

/// <summary>Where the last reads stopped: the POS inventory version watermark and the eCom order intake time.</summary>
public interface IInventoryCursors
{
    Task<long?> GetAsync(string name, CancellationToken cancellationToken);

    Task SetAsync(string name, long value, CancellationToken cancellationToken);
}
