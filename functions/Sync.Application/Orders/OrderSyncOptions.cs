namespace Sync.Application.Orders;

/// <summary>Static store wiring for order sync, configuration section <c>Sync:Orders</c>.</summary>
public sealed class OrderSyncOptions
{
    public const string Section = "Sync:Orders";

    /// <summary>ORD-4: the POS payment type used when no payment type is named like the order's processor.</summary>
    public string FallbackPaymentTypeName { get; set; } = "eCom";

    /// <summary>NOT-1: the POS store's domain prefix, for links to fulfillments; defaults to <c>XSeries:DomainPrefix</c>.</summary>
    public string PosDomainPrefix { get; set; } = "";

    /// <summary>How long one run may hold an order before another may take it over (a crashed run's lease expires).</summary>
    public TimeSpan LeaseFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>ALL-1: the reconcile re-reads orders updated this long before its watermark, so clock skew cannot skip one.</summary>
    public TimeSpan ReconcileOverlap { get; set; } = TimeSpan.FromMinutes(10);
}
