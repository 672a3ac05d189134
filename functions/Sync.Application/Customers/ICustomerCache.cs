namespace Sync.Application.Customers;

/// <summary>Normalised email → POS customer id, so a returning customer costs no POS search (CUS-1).</summary>
public interface ICustomerCache
{
    Task<string?> FindAsync(string normalisedEmail, CancellationToken cancellationToken);

    Task RememberAsync(string normalisedEmail, string customerId, CancellationToken cancellationToken);
}
