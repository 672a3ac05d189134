namespace Sync.Rules.Customers;

/// What the sale's customer is. There is deliberately no "update" case: CUS-2 never changes a profile.
public abstract record CustomerDecision(string RuleId)
{
    public sealed record AssignExisting(string CustomerId) : CustomerDecision("CUS-1");

    public sealed record CreateNew(string FirstName, string LastName, string Email, string Rule) : CustomerDecision(Rule);

    public sealed record NoCustomer() : CustomerDecision("CUS-5");
}
