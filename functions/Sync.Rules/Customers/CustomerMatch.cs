namespace Sync.Rules.Customers;

/// CUS-1..CUS-5: which POS customer an eCom order's sale belongs to.
public static class CustomerMatch
{
    public static CustomerDecision Decide(OrderCustomer order, IEnumerable<PosCustomer> candidates)
    {
        if (EmailAddress.Normalise(order.Email) is not { } email)
        {
            return new CustomerDecision.NoCustomer();
        }

        // CUS-1, CUS-2: the newest live profile with exactly this email, whatever its names; id breaks ties.
        var match = candidates
            .Where(c => c.DeletedAt is null && EmailAddress.Normalise(c.Email) == email)
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (match is not null)
        {
            return new CustomerDecision.AssignExisting(match.Id);
        }

        // CUS-3: a new profile from the order's email and name; CUS-4: the email is the name when there is none.
        var trimmedEmail = order.Email!.Trim();
        var hasName = !string.IsNullOrWhiteSpace(order.Name);
        var (first, last) = hasName ? CustomerName.Split(order.Name!) : CustomerName.FromEmail(trimmedEmail);
        return new CustomerDecision.CreateNew(first, last, trimmedEmail, hasName ? "CUS-3" : "CUS-4");
    }
}
