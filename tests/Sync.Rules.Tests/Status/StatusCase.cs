using Sync.Rules.Status;

namespace Sync.Rules.Tests.Status;

/// One hand-written expectation: an order, a change, and the decision the rule calls for.
public sealed record StatusCase(string Rule, string Says, OrderSyncState Order, StatusChange Change, StatusDecision Expected)
{
    public override string ToString() => $"{Rule}: {Says}";
}
