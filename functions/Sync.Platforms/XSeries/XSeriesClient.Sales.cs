using System.Globalization;
using System.Net.Http.Json;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries;

internal sealed partial class XSeriesClient
{
    // Neither 2.0 search nor list filters sales by source_id (OpenAPI). We search the sale-date window the
    // sale was written with and match source_id ourselves; the sale date is ours, so the window is narrow.
    private static readonly TimeSpan SourceIdWindow = TimeSpan.FromDays(1);
    private const int SearchPageSize = 1000;

    public async Task<PosSale?> GetSaleAsync(string saleId, CancellationToken cancellationToken)
    {
        var sale = await http.SendOrDefaultAsync(GetSaleRequest(saleId), Json.XDataXSale, cancellationToken);
        return sale is null ? null : SaleMapping.ToSale(sale.Data);
    }

    public async Task<PosSale?> FindSaleBySourceIdAsync(string sourceId, DateTimeOffset saleDate, CancellationToken cancellationToken)
    {
        var from = Uri.EscapeDataString((saleDate - SourceIdWindow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        var to = Uri.EscapeDataString((saleDate + SourceIdWindow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        for (var offset = 0; ; offset += SearchPageSize)
        {
            var request = ApiEndpoint.Request(HttpMethod.Get, "/api/2.0/search?type=sales",
                $"/api/2.0/search?type=sales&date_from={from}&date_to={to}&page_size={SearchPageSize}&offset={offset}");
            var page = await http.SendAsync(request, Json.XListXSearchHit, cancellationToken);
            if (page.Items.FirstOrDefault(s => s.SourceId == sourceId && s.Id is not null) is { } match)
            {
                return await GetSaleAsync(match.Id!, cancellationToken);
            }
            if (page.Items.Count < SearchPageSize)
            {
                return null;
            }
        }
    }

    public Task<SaleReceipt> CreateSaleAsync(SaleDraft sale, CancellationToken cancellationToken) =>
        SafeCreate.RunAsync(
            ct => PostRegisterSaleAsync(SaleMapping.ToRequest(null, sale), sale.State, ct),
            async ct => await FindSaleBySourceIdAsync(sale.SourceId, sale.SaleDate, ct) is { } existing ? SaleMapping.ToReceipt(existing) : null,
            logger, "sale", cancellationToken);

    /// <summary>An edit posts the whole sale: it is idempotent, but we still never repeat a POST blindly.</summary>
    public Task<SaleReceipt> UpdateSaleAsync(string saleId, SaleDraft sale, CancellationToken cancellationToken) =>
        PostRegisterSaleAsync(SaleMapping.ToRequest(saleId, sale), sale.State, cancellationToken);

    public async Task<SaleReceipt> VoidSaleAsync(string saleId, CancellationToken cancellationToken)
    {
        var current = await http.SendAsync(GetSaleRequest(saleId), Json.XDataXSale, cancellationToken);
        return await PostRegisterSaleAsync(SaleMapping.ToVoidRequest(current.Data), SaleState.Voided, cancellationToken);
    }

    private static HttpRequestMessage GetSaleRequest(string saleId) =>
        ApiEndpoint.Request(HttpMethod.Get, "/api/2.0/sales/{id}", $"/api/2.0/sales/{Uri.EscapeDataString(saleId)}");

    private async Task<SaleReceipt> PostRegisterSaleAsync(XRegisterSaleRequest body, SaleState requested, CancellationToken cancellationToken)
    {
        var request = ApiEndpoint.Request(HttpMethod.Post, "/api/register_sales", "/api/register_sales",
            JsonContent.Create(body, Json.XRegisterSaleRequest));
        var result = await http.SendAsync(request, Json.XRegisterSaleEnvelope, cancellationToken);
        return SaleMapping.ToReceipt(result.RegisterSale, requested);
    }
}
