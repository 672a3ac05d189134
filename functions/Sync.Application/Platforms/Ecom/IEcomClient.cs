namespace Sync.Application.Platforms.Ecom;

/// <summary>
/// The eCom (E-Series, Ecwid) API as the sync needs it. Orders are named by their string id. A write answers true when
/// eCom holds what was written: updated, or (when eCom answered <c>updateCount: 0</c>) found so on a re-read; false when
/// it did not apply it.
/// </summary>
public interface IEcomClient
{
    Task<EcomOrder?> GetOrderAsync(string orderId, CancellationToken cancellationToken);
    IAsyncEnumerable<EcomOrder> GetOrdersUpdatedSinceAsync(DateTimeOffset updatedFrom, CancellationToken cancellationToken);
    Task<bool> UpdateOrderStatusAsync(string orderId, OrderStatusChange change, CancellationToken cancellationToken);

    /// <summary>The product with its combinations (a product read carries them).</summary>
    Task<EcomProduct?> GetProductAsync(long productId, CancellationToken cancellationToken);

    /// <summary>Every product with its combinations, from the paged search alone (its results carry them).</summary>
    IAsyncEnumerable<EcomProduct> GetProductsAsync(CancellationToken cancellationToken);
    Task<EcomSkuMatch?> FindBySkuAsync(string sku, CancellationToken cancellationToken);
    Task<bool> SetProductStockAsync(long productId, EcomStock stock, CancellationToken cancellationToken);
    Task<bool> SetCombinationStockAsync(long productId, long combinationId, EcomStock stock, CancellationToken cancellationToken);

    Task<EcomCustomer?> FindCustomerByEmailAsync(string email, CancellationToken cancellationToken);
}
