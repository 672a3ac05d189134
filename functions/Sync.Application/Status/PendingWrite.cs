using Sync.Rules.Status;

namespace Sync.Application.Status;

/// <summary>A status write decided and saved before it is made, so a crash between the two replays it (ST-12, ALL-2).</summary>
public sealed record PendingWrite(StatusChange Write, string RuleId, string? EventKey, DateTimeOffset DecidedAt);
