using Sync.Rules.Orders;
using Sync.Rules.Status;

namespace Sync.Rules.Tests.Orders;

public class PaymentClassificationTests
{
    private static PaymentClass Classify(string? method, string? module, EcomPaymentStatus status = EcomPaymentStatus.Paid) =>
        PaymentClassification.Classify(method, module, status, PaymentMethodLists.Default);

    [Fact(DisplayName = "ORD-4: Lightspeed Payments arrives paid, carrying the processor's name")]
    [Trait("Rule", "ORD-4")]
    public void ORD4_lightspeed_payments_is_paid_with_its_name() =>
        Assert.Equal(new PaymentClass.Paid("Lightspeed Payments"), Classify("Credit card", "lightspeed payments"));

    [Fact(DisplayName = "ORD-4: an online card processor arrives paid under its own name")]
    [Trait("Rule", "ORD-4")]
    public void ORD4_a_card_processor_is_paid_with_its_name() =>
        Assert.Equal(new PaymentClass.Paid("Stripe"), Classify("Pay by card", "StripeCheckout Stripe"));

    [Fact(DisplayName = "ORD-4: an unknown method eCom reports paid counts as integrated, named by its module")]
    [Trait("Rule", "ORD-4")]
    public void ORD4_an_unknown_method_reported_paid_is_integrated() =>
        Assert.Equal(new PaymentClass.Paid("NewPay"), Classify("Card", " NewPay "));

    [Fact(DisplayName = "ORD-4: a processor named only by Ecwid's payment module (CUSTOM_PAYMENT_APP-mollie-pg) is paid under its name")]
    [Trait("Rule", "ORD-4")]
    public void ORD4_the_payment_module_names_the_processor_when_the_method_does_not()
    {
        Assert.Equal(new PaymentClass.Paid("Mollie"), Classify("Credit or debit card", "CUSTOM_PAYMENT_APP-mollie-pg"));
        Assert.Equal(new PaymentClass.Paid("PayPal"), Classify("Pay online", "PayPalStandard PayPal"));
    }

    [Fact(DisplayName = "ORD-4/ORD-5: a named processor in the module wins over an offline word in the method")]
    [Trait("Rule", "ORD-4")]
    public void ORD4_a_module_processor_wins_over_an_offline_method_name() =>
        Assert.Equal(new PaymentClass.Paid("Stripe"), Classify("Bank transfer", "Stripe"));

    [Fact(DisplayName = "ORD-5: cash, cheque and bank deposit arrive unpaid, even when eCom says paid")]
    [Trait("Rule", "ORD-5")]
    public void ORD5_offline_methods_arrive_unpaid()
    {
        Assert.IsType<PaymentClass.Unpaid>(Classify("Cash", null));
        Assert.IsType<PaymentClass.Unpaid>(Classify("Cheque", "offline"));
        Assert.IsType<PaymentClass.Unpaid>(Classify("Bank deposit", null));
        Assert.IsType<PaymentClass.Unpaid>(Classify("Pay at pickup", null));
    }

    [Fact(DisplayName = "ORD-5: offline words match whole words only (Checkout is not Check)")]
    [Trait("Rule", "ORD-5")]
    public void ORD5_offline_words_match_whole_words_only() =>
        Assert.IsType<PaymentClass.Paid>(Classify("Express Checkout", "Acme"));

    [Fact(DisplayName = "ORD-5: an order awaiting payment is unpaid whatever its method")]
    [Trait("Rule", "ORD-5")]
    public void ORD5_awaiting_payment_is_always_unpaid() =>
        Assert.IsType<PaymentClass.Unpaid>(Classify("Credit card", "Stripe", EcomPaymentStatus.AwaitingPayment));
}
