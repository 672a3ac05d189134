namespace Sync.Application.Audit;

public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>An entity's history, newest first.</summary>
    IAsyncEnumerable<AuditEntry> ForEntityAsync(string entityKey, CancellationToken cancellationToken);
}
