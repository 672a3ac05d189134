using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sync.Application.Events;
using Sync.Application.Messaging;

namespace Sync.Application.Webhooks;

/// <summary>
/// Turns a verified webhook delivery into an envelope on its concern's queue. No platform call
/// and no rule runs here: the receiver must answer well inside X-Series' 5 seconds.
/// </summary>
public sealed partial class WebhookIntake(
    IEventQueue queue,
    IOptionsMonitor<WebhookSecrets> secrets,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookIntake> logger)
{
    public const string XSeriesSecrets = "XSeries";
    public const string EcomSecrets = "Ecom";

    public Task<WebhookOutcome> ReceiveXSeriesAsync(
        ReadOnlyMemory<byte> body, string? signature, string? typeFromUrl, string correlationId, CancellationToken cancellationToken)
    {
        if (!XSeriesAuthentic(signature, body.Span))
        {
            return Refuse(Platform.XSeries, WebhookOutcome.Unauthorized);
        }

        var read = XSeriesWebhookReader.Read(body.Span, typeFromUrl, out var error);
        return read is null
            ? Refuse(Platform.XSeries, WebhookOutcome.Malformed(error!))
            : EnqueueAsync(Platform.XSeries, read, EventKeys.ForXSeries(read.EventType, read.Payload), correlationId, cancellationToken);
    }

    public Task<WebhookOutcome> ReceiveEcomAsync(
        ReadOnlyMemory<byte> body, string? signature, string correlationId, CancellationToken cancellationToken)
    {
        // Ecwid signs the event's id and time, so the body must be read before it can be verified.
        var read = EcomWebhookReader.Read(body.Span, out var error);
        if (read is null)
        {
            return Refuse(Platform.Ecom, WebhookOutcome.Malformed(error!));
        }

        if (!EcomSignature.IsValid(signature, read.EventCreated, read.EventId, secrets.Get(EcomSecrets).All()))
        {
            return Refuse(Platform.Ecom, WebhookOutcome.Unauthorized);
        }

        return OutsideWindow(read.EventCreated) is { } reason
            ? Refuse(Platform.Ecom, WebhookOutcome.Stale(reason))
            : EnqueueAsync(Platform.Ecom, read.Event, EventKeys.ForEcom(read.EventId), correlationId, cancellationToken);
    }

    private string? OutsideWindow(long eventCreated)
    {
        var (now, limits) = (clock.GetUtcNow().ToUnixTimeSeconds(), options.Value);
        return eventCreated < now - (long)limits.EcomEventMaxAge.TotalSeconds
            ? $"The event was created more than {limits.EcomEventMaxAge.TotalHours:0.#} h ago (Ecwid stops retrying before): refused as a possible replay."
            : eventCreated > now + (long)limits.EcomEventMaxSkew.TotalSeconds
                ? "The event is dated in the future: refused as a possible replay."
                : null;
    }

    /// <summary>
    /// ALL-6: a signature, where there is one, must be right. An unsigned delivery is refused when the app is an OAuth app
    /// (X-Series signs those); otherwise the function key in the registered URL authenticated it before it got here.
    /// </summary>
    private bool XSeriesAuthentic(string? signature, ReadOnlySpan<byte> body)
    {
        var policy = secrets.Get(XSeriesSecrets);
        return string.IsNullOrWhiteSpace(signature) ? !policy.RequiresSignature : XSeriesSignature.IsValid(signature, body, policy.All());
    }

    private async Task<WebhookOutcome> EnqueueAsync(
        Platform source, WebhookEvent read, string eventKey, string correlationId, CancellationToken cancellationToken)
    {
        if (WebhookRoutes.Find(source, read.EventType) is not { } route)
        {
            LogIgnored(source, read.EventType, eventKey, correlationId);
            return WebhookOutcome.Ignored(read.EventType);
        }

        var envelope = new EventEnvelope(
            source,
            read.EventType,
            route.Concern,
            EventKeys.Entity(source, route.EntityKind, read.EntityId),
            eventKey,
            clock.GetUtcNow(),
            correlationId,
            read.Payload);
        await queue.SendAsync(envelope, cancellationToken);
        LogAccepted(source, envelope.EventType, envelope.EventKey, envelope.EntityKey, envelope.Concern, correlationId);
        return WebhookOutcome.Accepted(envelope);
    }

    private Task<WebhookOutcome> Refuse(Platform source, WebhookOutcome outcome)
    {
        LogRefused(source, outcome.Verdict, outcome.Detail);
        return Task.FromResult(outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} webhook {EventType} accepted as {EventKey} for {EntityKey} on the {Concern} queue (correlation {CorrelationId})")]
    private partial void LogAccepted(Platform source, string eventType, string eventKey, string entityKey, Concern concern, string correlationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} webhook {EventType} acknowledged and ignored: not used by the sync ({EventKey}, correlation {CorrelationId})")]
    private partial void LogIgnored(Platform source, string eventType, string eventKey, string correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source} webhook refused as {Verdict}: {Reason}")]
    private partial void LogRefused(Platform source, WebhookVerdict verdict, string reason);
}
