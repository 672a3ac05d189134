namespace Sync.Rules.Status;

/// What to do with a status change, and the rule that says so (ALL-3: every write records its rule).
public abstract record StatusDecision(string RuleId, string Reason)
{
    /// Write these changes (to either platform).
    public sealed record Sync(string RuleId, string Reason, IReadOnlyList<StatusChange> Writes) : StatusDecision(RuleId, Reason)
    {
        public bool Equals(Sync? other) =>
            other is not null && RuleId == other.RuleId && Reason == other.Reason && Writes.SequenceEqual(other.Writes);

        public override int GetHashCode() => HashCode.Combine(RuleId, Reason, Writes.Count);
    }

    /// The rules say this change has no counterpart on the other side.
    public sealed record NoSync(string RuleId, string Reason) : StatusDecision(RuleId, Reason);

    /// A guard refused the change (locked, finalized, echo, stale): applied nowhere, audited.
    public sealed record Ignored(string RuleId, string Reason) : StatusDecision(RuleId, Reason);
}
