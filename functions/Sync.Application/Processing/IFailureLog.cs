namespace Sync.Application.Processing;

/// <summary>The last error of each message that failed, so that a parked message carries its reason.</summary>
public interface IFailureLog
{
    Task RecordAsync(string messageKey, string error, CancellationToken cancellationToken);

    Task<string?> LastErrorAsync(string messageKey, CancellationToken cancellationToken);

    Task ForgetAsync(string messageKey, CancellationToken cancellationToken);
}
