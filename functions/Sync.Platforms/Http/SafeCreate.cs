using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Sync.Platforms.Http;

/// <summary>
/// A create that failed ambiguously (lost connection, 5xx, timeout) may have been carried out:
/// look it up first, and only create again when it is not there.
/// </summary>
internal static class SafeCreate
{
    private const int Attempts = 3;

    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> create,
        Func<CancellationToken, Task<T?>> lookUp,
        ILogger logger,
        string what,
        CancellationToken cancellationToken) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await create(cancellationToken);
            }
            catch (Exception fault) when (IsAmbiguous(fault, cancellationToken))
            {
                logger.LogWarning("Create of {What} failed ambiguously ({Fault}) on attempt {Attempt}; looking it up before trying again", what, fault.GetType().Name, attempt);
                if (await lookUp(cancellationToken) is { } existing)
                {
                    return existing;
                }
                if (attempt == Attempts)
                {
                    throw;
                }
            }
        }
    }

    private static bool IsAmbiguous(Exception fault, CancellationToken cancellationToken) => fault switch
    {
        HttpRequestException { StatusCode: null } => true,
        HttpRequestException { StatusCode: { } status } => (int)status >= 500,
        TimeoutRejectedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
