namespace Sync.Rules.Orders;

/// How an eCom order arrives in POS: paid with a named processor (ORD-4) or unpaid (ORD-5).
public abstract record PaymentClass
{
    private PaymentClass() { }

    public sealed record Paid(string ProcessorName) : PaymentClass;

    public sealed record Unpaid(string Reason) : PaymentClass;
}
