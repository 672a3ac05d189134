namespace Sync.Rules.Orders;

/// ORD-4/ORD-5 configuration: names of integrated processors and of unintegrated (offline) methods.
/// Names match as whole words in the order's payment method or payment module, case-insensitively.
public sealed record PaymentMethodLists(IReadOnlyList<string> Integrated, IReadOnlyList<string> Unintegrated)
{
    public static PaymentMethodLists Default { get; } = new(
        ["Lightspeed Payments", "Stripe", "PayPal", "Square", "Adyen", "Mollie", "Braintree", "Authorize.Net", "Klarna"],
        ["Cash", "Cheque", "Check", "Bank deposit", "Bank transfer", "Wire transfer", "Money order", "Invoice",
         "Pay at pickup", "Pay on pickup", "Pay in store", "Pay on delivery", "Cash on delivery", "COD", "Offline"]);
}
