using Sync.Application.Settings;
using Sync.Rules.Status;

namespace Sync.Application.Status;

/// <summary>ST-10: the merchant's email settings (eCom wire status → on/off) over the rules' defaults.</summary>
public static class CustomerEmails
{
    public static CustomerEmailSettings From(SyncSettings settings)
    {
        var defaults = CustomerEmailSettings.Default;
        return new CustomerEmailSettings(
            Enum.GetValues<EcomFulfillmentStatus>().Where(s => On(settings, s, defaults.FulfillmentEmails.Contains(s))).ToHashSet(),
            Enum.GetValues<EcomPaymentStatus>().Where(s => On(settings, s, defaults.PaymentEmails.Contains(s))).ToHashSet());
    }

    private static bool On(SyncSettings settings, Enum status, bool byDefault) =>
        settings.CustomerEmails.TryGetValue(EcomStatuses.Wire(status), out var on) ? on : byDefault;
}
