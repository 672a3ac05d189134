using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Sync.Application.Audit;
using Sync.Application.Events;
using Sync.Application.Messaging;
using Sync.Application.Processing;

namespace Sync.Application.Parking;

/// <summary>
/// ALL-2: a message the transport gave up on (poison queue, dead-letter queue) is parked with its
/// last error where an operator can list it and replay it; nothing received is dropped.
/// </summary>
public sealed partial class MessageParking(
    IParkedMessages parked,
    IFailureLog failures,
    IEventQueue queue,
    MessageCodec codec,
    IAuditLog audit,
    TimeProvider clock,
    ILogger<MessageParking> logger)
{
    public async Task ParkAsync(Concern concern, string message, string? transportReason, CancellationToken cancellationToken)
    {
        var envelope = await TryDecodeAsync(message, cancellationToken);
        var id = envelope?.EventKey ?? $"unreadable-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message)))}";
        var reason = await failures.LastErrorAsync(id, cancellationToken)
            ?? transportReason
            ?? (envelope is null ? "The message is not a readable event envelope." : "Failed without a recorded error.");

        var now = clock.GetUtcNow();
        await parked.SaveAsync(new ParkedMessage(concern, id, message, reason, envelope?.EventType, envelope?.EntityKey, now), cancellationToken);
        await audit.WriteAsync(
            new AuditEntry(envelope?.EntityKey ?? "unreadable", "message.parked", "ALL-2", envelope?.EventKey, envelope?.CorrelationId, null, reason, now),
            cancellationToken);
        LogParked(concern, id, reason);
    }

    public IAsyncEnumerable<ParkedMessage> ListAsync(CancellationToken cancellationToken) => parked.ListAsync(cancellationToken);

    public async Task<ReplayResult> ReplayAsync(Concern concern, string id, CancellationToken cancellationToken)
    {
        if (await parked.GetAsync(concern, id, cancellationToken) is not { } message)
        {
            return ReplayResult.NotFound;
        }

        if (await TryDecodeAsync(message.Message, cancellationToken) is not { } envelope)
        {
            return ReplayResult.Unreadable;
        }

        await failures.ForgetAsync(envelope.EventKey, cancellationToken);
        await queue.ResendAsync(envelope, cancellationToken);
        await parked.RemoveAsync(concern, id, cancellationToken);
        await audit.WriteAsync(
            new AuditEntry(envelope.EntityKey, "message.replayed", "ALL-2", envelope.EventKey, envelope.CorrelationId, message.Reason, null, clock.GetUtcNow()),
            cancellationToken);
        LogReplayed(concern, id);
        return ReplayResult.Replayed;
    }

    /// <summary>Replays every parked message of one concern (after the cause is fixed); the unreadable ones stay.</summary>
    public async Task<int> ReplayAllAsync(Concern concern, CancellationToken cancellationToken)
    {
        var ids = await parked.ListAsync(cancellationToken).Where(m => m.Concern == concern).Select(m => m.Id).ToListAsync(cancellationToken);
        var replayed = 0;
        foreach (var id in ids)
        {
            replayed += await ReplayAsync(concern, id, cancellationToken) == ReplayResult.Replayed ? 1 : 0;
        }

        return replayed;
    }

    private async Task<EventEnvelope?> TryDecodeAsync(string message, CancellationToken cancellationToken)
    {
        try
        {
            return await codec.DecodeAsync(message, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} on the {Concern} queue parked: {Reason}")]
    private partial void LogParked(Concern concern, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Parked message {MessageId} on the {Concern} queue replayed")]
    private partial void LogReplayed(Concern concern, string messageId);
}
