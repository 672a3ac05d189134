namespace Sync.Application.Orders;

/// <summary>ALL-1: how far the orders reconcile has read eCom's order updates.</summary>
public interface IOrderWatermark
{
    Task<DateTimeOffset?> ReadAsync(CancellationToken cancellationToken);

    Task WriteAsync(DateTimeOffset watermark, CancellationToken cancellationToken);
}
