using Microsoft.Extensions.Logging;
using Sync.Application.Events;

namespace Sync.Application.Telemetry;

public static class LoggerScopes
{
    /// <summary>Carries the event's identity on every log line written while it is handled.</summary>
    public static IDisposable? BeginEventScope(this ILogger logger, EventEnvelope envelope) =>
        logger.BeginScope(new Dictionary<string, object>
        {
            ["EventKey"] = envelope.EventKey,
            ["EntityKey"] = envelope.EntityKey,
            ["CorrelationId"] = envelope.CorrelationId,
            ["EventType"] = envelope.EventType,
        });
}
