using Sync.Application.Platforms.Ecom;
using Sync.Platforms.Http;

namespace Sync.Platforms.Ecom;

internal sealed partial class EcomClient
{
    public async Task<EcomCustomer?> FindCustomerByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var found = await http.SendAsync(Request(HttpMethod.Get, "/customers?email=", $"/customers?email={Escape(email)}"), Json.EPageECustomer, cancellationToken);
        return found.Items
            .Where(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase))
            .Select(c => new EcomCustomer(c.Id, c.Email, c.Name ?? c.BillingPerson?.Name))
            .FirstOrDefault();
    }
}
