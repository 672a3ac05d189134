namespace Sync.Application.Processing;

/// <summary>
/// Where a reconcile's last read stopped, one named value each (ALL-1): a POS version watermark, or
/// an eCom update time as a Unix time. The name says which.
/// </summary>
public interface IReadCursors
{
    Task<long?> GetAsync(string name, CancellationToken cancellationToken);

    Task SetAsync(string name, long value, CancellationToken cancellationToken);
}
