namespace Sync.Application.Orders;

/// <summary>eCom order ⇄ POS sales, both ways, so that either side's events find the other.</summary>
public interface IOrderLinks
{
    /// <summary>Creates the link if the order has none; false when it has one (another delivery claimed it).</summary>
    Task<bool> TryClaimAsync(OrderLink link, CancellationToken cancellationToken);

    Task<OrderLink?> ForOrderAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>Records the sales made so far (and the reverse index sale → order).</summary>
    Task SaveAsync(OrderLink link, CancellationToken cancellationToken);

    Task<string?> OrderForSaleAsync(string saleId, CancellationToken cancellationToken);
}
