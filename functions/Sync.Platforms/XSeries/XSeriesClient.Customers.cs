using System.Net.Http.Json;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries;

internal sealed partial class XSeriesClient
{
    /// <summary>Search may match loosely: only an exact, case-insensitive email match counts.</summary>
    public async Task<PosCustomer?> FindCustomerByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var request = ApiEndpoint.Request(HttpMethod.Get, "/api/2.0/search?type=customers",
            $"/api/2.0/search?type=customers&email={Escape(email)}&page_size=1000");
        var found = await http.SendAsync(request, Json.XListXCustomer, cancellationToken);
        return found.Data
            .Where(c => string.Equals(c.Email?.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(Map)
            .FirstOrDefault();
    }

    public Task<PosCustomer> CreateCustomerAsync(NewCustomer customer, CancellationToken cancellationToken) =>
        SafeCreate.RunAsync(
            ct => PostCustomerAsync(customer, ct),
            ct => FindCustomerByEmailAsync(customer.Email, ct),
            logger, "customer", cancellationToken);

    private async Task<PosCustomer> PostCustomerAsync(NewCustomer customer, CancellationToken cancellationToken)
    {
        var body = new XNewCustomer(customer.FirstName, customer.LastName, customer.Email, customer.Phone);
        var request = ApiEndpoint.Request(HttpMethod.Post, "/api/2.0/customers", "/api/2.0/customers",
            JsonContent.Create(body, Json.XNewCustomer));
        var created = await http.SendAsync(request, Json.XDataXCustomer, cancellationToken);
        return Map(created.Data);
    }

    private static PosCustomer Map(XCustomer c) => new(c.Id, c.FirstName ?? "", c.LastName ?? "", c.Email);
}
