using Sync.Rules.Status;
using static Sync.Rules.Tests.Status.Orders;

namespace Sync.Rules.Tests.Status;

public class CustomerEmailSettingsTests
{
    [Fact(DisplayName = "ST-10: by default customers are emailed for shipped, ready for pickup, out for delivery and delivered")]
    [Trait("Rule", "ST-10")]
    public void ST10_default_settings_email_the_statuses_a_customer_acts_on()
    {
        var settings = CustomerEmailSettings.Default;
        Assert.True(settings.Notifies(EcomFulfil(EcomFulfillmentStatus.Shipped)));
        Assert.True(settings.Notifies(EcomFulfil(EcomFulfillmentStatus.ReadyForPickup)));
        Assert.False(settings.Notifies(EcomFulfil(EcomFulfillmentStatus.Processing)));
        Assert.True(settings.Notifies(EcomPay(EcomPaymentStatus.Refunded)));
    }

    [Fact(DisplayName = "ST-10: a notification turned off sends no email")]
    [Trait("Rule", "ST-10")]
    public void ST10_a_setting_turned_off_sends_no_email()
    {
        var settings = new CustomerEmailSettings(new HashSet<EcomFulfillmentStatus>(), new HashSet<EcomPaymentStatus>());
        Assert.False(settings.Notifies(EcomFulfil(EcomFulfillmentStatus.Shipped)));
    }

    [Fact(DisplayName = "ST-10: writes to POS never email the customer")]
    [Trait("Rule", "ST-10")]
    public void ST10_writes_to_pos_never_email() =>
        Assert.False(CustomerEmailSettings.Default.Notifies(AllPosParts(PosFulfillmentState.Fulfilled)));
}
