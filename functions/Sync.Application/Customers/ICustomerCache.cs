namespace Sync.Application.Customers;

/// <summary>
/// Normalised email → POS customer id, so a returning customer costs no POS search (CUS-1), and a claim on the
/// email while one run finds or creates its customer, so two orders from one new email create one customer.
/// </summary>
public interface ICustomerCache
{
    Task<CustomerEntry?> FindAsync(string normalisedEmail, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the email until <paramref name="until"/> if it has no entry, or the <paramref name="seen"/> entry is an
    /// expired claim (its holder crashed); false when another run claimed or resolved it first.
    /// </summary>
    Task<bool> TryClaimAsync(string normalisedEmail, CustomerEntry? seen, DateTimeOffset until, CancellationToken cancellationToken);

    Task RememberAsync(string normalisedEmail, string customerId, CancellationToken cancellationToken);
}
