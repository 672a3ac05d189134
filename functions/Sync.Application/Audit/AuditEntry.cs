namespace Sync.Application.Audit;

/// <summary>
/// One thing the sync did (ALL-3): what changed, why (the rule), and the event that caused it.
/// </summary>
/// <param name="Action">E.g. <c>event.applied</c>, <c>ecom.stock.set</c>, <c>message.parked</c>.</param>
public sealed record AuditEntry(
    string EntityKey,
    string Action,
    string? RuleId,
    string? EventKey,
    string? CorrelationId,
    string? Before,
    string? After,
    DateTimeOffset At);
