namespace Sync.Application.Inventory;

/// <summary>Why an eCom stock write happens (ALL-3): the rule, the audit action, and the event or run behind it.</summary>
public sealed record StockWriteCause(string RuleId, string Action, string EventKey, string? CorrelationId);
