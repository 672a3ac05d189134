namespace Sync.Rules.Status;

/// The source change a table row applies to: a kind of change with one value, or any change.
public sealed record ChangePattern(Type? Kind, Enum? Value)
{
    public static ChangePattern Any { get; } = new(null, null);

    public static ChangePattern EcomPayment(EcomPaymentStatus status) => new(typeof(StatusChange.EcomPayment), status);

    public static ChangePattern EcomFulfillment(EcomFulfillmentStatus status) => new(typeof(StatusChange.EcomFulfillment), status);

    public static ChangePattern PosFulfillment(PosFulfillmentState state) => new(typeof(StatusChange.PosFulfillment), state);

    public static ChangePattern AnyPosFulfillment { get; } = new(typeof(StatusChange.PosFulfillment), null);

    public static ChangePattern PosPayment(PosPaymentState state) => new(typeof(StatusChange.PosPayment), state);

    public static ChangePattern PosSale(PosSaleState state) => new(typeof(StatusChange.PosSale), state);

    public bool Matches(StatusChange change) =>
        (Kind is null || change.GetType() == Kind) && (Value is null || Value.Equals(change.Value));
}
