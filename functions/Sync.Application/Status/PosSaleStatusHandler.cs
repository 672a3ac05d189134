using Microsoft.Extensions.Logging;
using Sync.Application.Events;
using Sync.Application.Orders;
using Sync.Application.Processing;

namespace Sync.Application.Status;

/// <summary>POS → eCom: a <c>sale.update</c> for a sale made for an eCom order syncs that order's statuses.</summary>
public sealed partial class PosSaleStatusHandler(IOrderLinks links, Lazy<OrderStatusSync> sync, ILogger<PosSaleStatusHandler> logger) : IEventHandler
{
    private const string SaleKey = "xseries:sale:";

    public Concern Concern => Concern.Status;

    public async Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        if (!envelope.EntityKey.StartsWith(SaleKey, StringComparison.Ordinal))
        {
            return;
        }

        var saleId = envelope.EntityKey[SaleKey.Length..];
        if (await links.OrderForSaleAsync(saleId, cancellationToken) is not { } orderId)
        {
            // ORD-3: sales made in POS never go to eCom.
            LogNotOnline(saleId);
            return;
        }

        await sync.Value.SyncAsync(orderId, StatusSource.Pos, envelope.EventKey, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sale {SaleId} was not made for an eCom order; its status stays in POS (ORD-3)")]
    private partial void LogNotOnline(string saleId);
}
