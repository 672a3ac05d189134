using Sync.Application.Platforms.Ecom;
using Sync.Rules.Status;

namespace Sync.Application.Status;

/// <summary>eCom's wire status names (AWAITING_PAYMENT) ⇄ the rules' statuses. Custom statuses have no counterpart.</summary>
public static class EcomStatuses
{
    /// <summary>The order's statuses as changes seen on eCom: payment first, then fulfillment.</summary>
    public static IReadOnlyList<StatusChange> Of(EcomOrder order)
    {
        var seen = new List<StatusChange>();
        if (Enum.TryParse<EcomPaymentStatus>(Pascal(order.PaymentStatus), out var payment))
        {
            seen.Add(new StatusChange.EcomPayment(payment));
        }

        if (Enum.TryParse<EcomFulfillmentStatus>(Pascal(order.FulfillmentStatus), out var fulfillment))
        {
            seen.Add(new StatusChange.EcomFulfillment(fulfillment));
        }

        return seen;
    }

    public static string Wire(Enum status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));

    private static string Pascal(string wire) =>
        string.Concat(wire.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => w[..1].ToUpperInvariant() + w[1..].ToLowerInvariant()));
}
