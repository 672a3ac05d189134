namespace Sync.Application.Platforms.Ecom;

/// <summary>The eCom (E-Series, Ecwid) API as the sync needs it.</summary>
public interface IEcomClient
{
    Task<EcomOrder?> GetOrderAsync(string orderNumber, CancellationToken cancellationToken);
    IAsyncEnumerable<EcomOrder> GetOrdersUpdatedSinceAsync(DateTimeOffset updatedFrom, CancellationToken cancellationToken);
    Task UpdateOrderStatusAsync(string orderNumber, OrderStatusChange change, CancellationToken cancellationToken);

    Task<EcomProduct?> GetProductAsync(long productId, CancellationToken cancellationToken);
    IAsyncEnumerable<EcomProduct> GetProductsAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<EcomCombination>> GetCombinationsAsync(long productId, CancellationToken cancellationToken);
    Task<EcomCombination?> GetCombinationAsync(long productId, long combinationId, CancellationToken cancellationToken);
    Task<EcomSkuMatch?> FindBySkuAsync(string sku, CancellationToken cancellationToken);
    Task SetProductStockAsync(long productId, EcomStock stock, CancellationToken cancellationToken);
    Task SetCombinationStockAsync(long productId, long combinationId, EcomStock stock, CancellationToken cancellationToken);

    Task<EcomCustomer?> FindCustomerByEmailAsync(string email, CancellationToken cancellationToken);
}
