namespace Sync.Application.Platforms.XSeries;

/// <summary>The Retail POS (X-Series) API as the sync needs it.</summary>
public interface IXSeriesClient
{
    Task<IReadOnlyList<Outlet>> GetOutletsAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<Register>> GetRegistersAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<PosUser>> GetUsersAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<PaymentType>> GetPaymentTypesAsync(CancellationToken cancellationToken);

    Task<PosProduct?> GetProductAsync(string productId, CancellationToken cancellationToken);
    Task<PosProduct?> GetProductBySkuAsync(string sku, CancellationToken cancellationToken);
    IAsyncEnumerable<PosProduct> GetProductsAsync(long afterVersion, CancellationToken cancellationToken);

    IAsyncEnumerable<InventoryLevel> GetInventoryAsync(long afterVersion, int pageSize, CancellationToken cancellationToken);
    Task<IReadOnlyList<InventoryLevel>> GetProductInventoryAsync(string productId, CancellationToken cancellationToken);

    Task<PosSale?> GetSaleAsync(string saleId, CancellationToken cancellationToken);
    Task<PosSale?> FindSaleBySourceIdAsync(string sourceId, DateTimeOffset saleDate, CancellationToken cancellationToken);
    Task<SaleReceipt> CreateSaleAsync(SaleDraft sale, CancellationToken cancellationToken);
    Task<SaleReceipt> UpdateSaleAsync(string saleId, SaleDraft sale, CancellationToken cancellationToken);
    Task<SaleReceipt> VoidSaleAsync(string saleId, CancellationToken cancellationToken);

    /// <summary>Every profile whose email is exactly this one (trimmed, case-insensitive), deleted ones included, over every page.</summary>
    Task<IReadOnlyList<PosCustomer>> FindCustomersByEmailAsync(string email, CancellationToken cancellationToken);
    Task<PosCustomer> CreateCustomerAsync(NewCustomer customer, CancellationToken cancellationToken);

    Task<IReadOnlyList<Fulfillment>> GetFulfillmentsAsync(string saleId, CancellationToken cancellationToken);
    /// <summary>Pick and pack set the quantities given (the whole line, not what remains); fulfill completes them.</summary>
    Task<FulfillmentOutcome> AdvanceFulfillmentAsync(FulfillmentStep step, string fulfillmentId, long version, IReadOnlyList<FulfillmentQuantity> lines, CancellationToken cancellationToken);
    /// <summary>Completes every fulfillment of the sale at once (<c>POST /api/2.0/fulfillments/fulfill</c>), idempotently.</summary>
    Task FulfillSaleAsync(string saleId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Webhook>> GetWebhooksAsync(CancellationToken cancellationToken);
    Task<WebhookRegistration> RegisterWebhookAsync(string type, Uri url, CancellationToken cancellationToken);
    Task DeleteWebhookAsync(string webhookId, CancellationToken cancellationToken);
}
