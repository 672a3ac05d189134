using System.Net.Http.Json;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries;

internal sealed partial class XSeriesClient
{
    private const int CustomerSearchPageSize = 1000;

    /// <summary>Search may match loosely: only exact, case-insensitive email matches count, over every page (offset paging).</summary>
    public async Task<IReadOnlyList<PosCustomer>> FindCustomersByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var matches = new List<PosCustomer>();
        for (var offset = 0; ; offset += CustomerSearchPageSize)
        {
            var request = ApiEndpoint.Request(HttpMethod.Get, "/api/2.0/search?type=customers",
                $"/api/2.0/search?type=customers&email={Escape(email)}&page_size={CustomerSearchPageSize}&offset={offset}");
            var page = await http.SendAsync(request, Json.XListXCustomer, cancellationToken);
            matches.AddRange(page.Items
                .Where(c => c.Id is not null && string.Equals(c.Email?.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(Map));
            if (page.Items.Count < CustomerSearchPageSize)
            {
                return matches;
            }
        }
    }

    public Task<PosCustomer> CreateCustomerAsync(NewCustomer customer, CancellationToken cancellationToken) =>
        SafeCreate.RunAsync(
            ct => PostCustomerAsync(customer, ct),
            async ct => (await FindCustomersByEmailAsync(customer.Email, ct)).Where(c => c.DeletedAt is null).MaxBy(c => c.CreatedAt),
            logger, "customer", cancellationToken);

    private async Task<PosCustomer> PostCustomerAsync(NewCustomer customer, CancellationToken cancellationToken)
    {
        var body = new XNewCustomer(customer.FirstName, customer.LastName, customer.Email, customer.Phone);
        var request = ApiEndpoint.Request(HttpMethod.Post, "/api/2.0/customers", "/api/2.0/customers",
            JsonContent.Create(body, Json.XNewCustomer));
        var created = await http.SendAsync(request, Json.XDataXCustomer, cancellationToken);
        return Map(created.Data);
    }

    private static PosCustomer Map(XCustomer c) =>
        new(c.Id ?? throw new HttpRequestException("A customer came without its id."), c.FirstName ?? "", c.LastName ?? "", c.Email, c.CreatedAt, c.DeletedAt);
}
