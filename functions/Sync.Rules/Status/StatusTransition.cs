namespace Sync.Rules.Status;

/// One row of the status table: a source change, for these order kinds, under this condition, decides this.
public sealed record StatusTransition(
    SyncDirection Direction,
    ChangePattern Source,
    Orders.OrderKind Kinds,
    StatusCondition When,
    StatusDecision Decision);
