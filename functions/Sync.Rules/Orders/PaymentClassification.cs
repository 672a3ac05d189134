using Sync.Rules.Status;

namespace Sync.Rules.Orders;

/// ORD-4 and ORD-5: is a new eCom order paid in POS, and by which processor?
public static class PaymentClassification
{
    /// Decision: only an order eCom reports PAID can be paid; AWAITING_PAYMENT and the rest are unpaid.
    /// A named integrated processor wins over an offline word ("PayPal bank transfer" is PayPal); an
    /// offline method is unpaid even when eCom says PAID (the vendor: it "will come through as unpaid";
    /// a later Paid change is ST-5's). Any other method eCom reports PAID counts as integrated ("card
    /// processors that eCom reports as paid online"), named by its payment module, else its method.
    public static PaymentClass Classify(
        string? paymentMethod, string? paymentModule, EcomPaymentStatus status, PaymentMethodLists lists)
    {
        if (status != EcomPaymentStatus.Paid)
        {
            return new PaymentClass.Unpaid($"eCom payment status is {status}");
        }

        var words = Words($"{paymentMethod} {paymentModule}");
        if (lists.Integrated.FirstOrDefault(name => Contains(words, Words(name))) is { } processor)
        {
            return new PaymentClass.Paid(processor);
        }

        if (lists.Unintegrated.FirstOrDefault(name => Contains(words, Words(name))) is { } offline)
        {
            return new PaymentClass.Unpaid($"unintegrated method: {offline}");
        }

        return new PaymentClass.Paid(
            new[] { paymentModule, paymentMethod }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? "eCom");
    }

    private static string[] Words(string text) =>
        text.ToUpperInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(),
            StringSplitOptions.RemoveEmptyEntries);

    private static bool Contains(string[] words, string[] phrase) =>
        phrase.Length > 0 && Enumerable.Range(0, words.Length - phrase.Length + 1)
            .Any(i => words.Skip(i).Take(phrase.Length).SequenceEqual(phrase));
}
