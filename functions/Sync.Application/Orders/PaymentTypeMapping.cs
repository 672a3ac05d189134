using Microsoft.Extensions.Options;
using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Orders;

/// <summary>
/// ORD-4: the POS payment type named like the order's processor (case-insensitive); else the configured
/// fallback type, with the processor named in the sale's note. No fallback type either fails the order, so
/// it parks until the merchant adds one rather than recording a paid order as unpaid.
/// </summary>
public sealed class PaymentTypeMapping(PosDirectory directory, IOptions<OrderSyncOptions> options)
{
    public async Task<PaymentType> ForProcessorAsync(string processorName, CancellationToken cancellationToken)
    {
        var types = await directory.PaymentTypesAsync(cancellationToken);
        return Named(types, processorName) ?? Named(types, options.Value.FallbackPaymentTypeName)
            ?? throw new InvalidOperationException(
                $"No POS payment type is named '{processorName}' or '{options.Value.FallbackPaymentTypeName}' (the fallback): add one (ORD-4).");
    }

    private static PaymentType? Named(IEnumerable<PaymentType> types, string name) =>
        types.FirstOrDefault(t => string.Equals(t.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
