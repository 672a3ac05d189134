namespace Sync.Application.Settings;

/// <summary>
/// The merchant's choices, changeable at run time without redeploying (<c>/api/ops/settings</c>).
/// Defaults come from configuration section <c>Sync:Settings</c>.
/// </summary>
public sealed record SyncSettings
{
    /// <summary>INV-1: outlets whose POS stock counts online; the online register's outlet always does.</summary>
    public IReadOnlyList<string> ConnectedOutletIds { get; init; } = [];

    /// <summary>The POS register eCom orders are recorded on (ORD-1); its outlet is always connected.</summary>
    public string? OnlineRegisterId { get; init; }

    /// <summary>ORD-8: the register that records each outlet's part of a split order (outlet id → register id).</summary>
    public IReadOnlyDictionary<string, string> RegisterByOutlet { get; init; } = new Dictionary<string, string>();

    /// <summary>The POS user that online sales are recorded as.</summary>
    public string? SaleUserId { get; init; }

    /// <summary>INV-9: safety stock held back per outlet (outlet id → units).</summary>
    public IReadOnlyDictionary<string, int> OutletBuffers { get; init; } = new Dictionary<string, int>();

    /// <summary>INV-9: safety stock held back per product (SKU → units).</summary>
    public IReadOnlyDictionary<string, int> ProductBuffers { get; init; } = new Dictionary<string, int>();

    /// <summary>INV-8: at most one eCom stock write per product per window.</summary>
    public TimeSpan CoalescingWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>ORD-6: shipping method name → the outlet that fulfils the whole order.</summary>
    public IReadOnlyDictionary<string, string> ShippingMethodOutlets { get; init; } = new Dictionary<string, string>();

    /// <summary>ORD-7: outlets in order of preference.</summary>
    public IReadOnlyList<string> OutletPriority { get; init; } = [];

    /// <summary>ORD-4: payment methods recorded as paid (added to the built-in list).</summary>
    public IReadOnlyList<string> IntegratedPaymentMethods { get; init; } = [];

    /// <summary>ORD-5: payment methods settled offline, recorded unpaid (added to the built-in list).</summary>
    public IReadOnlyList<string> UnintegratedPaymentMethods { get; init; } = [];

    /// <summary>NOT-3: staff notifications of new online orders.</summary>
    public bool NotificationsEnabled { get; init; } = true;

    /// <summary>NOT-1: also post each notification to this incoming webhook (Teams, Slack), when set.</summary>
    public Uri? NotificationWebhookUrl { get; init; }

    /// <summary>ST-10: eCom status → whether the customer is emailed when the sync sets it; unlisted statuses use eCom's defaults.</summary>
    public IReadOnlyDictionary<string, bool> CustomerEmails { get; init; } = new Dictionary<string, bool>();

    /// <summary>ORD-11: the POS product that records an order's shipping charge as a sale line.</summary>
    public string? ShippingProductId { get; init; }

    /// <summary>The store's "No Tax" tax: every POS sale line needs a tax id (ALL-5 validates it).</summary>
    public string? NoTaxId { get; init; }
}
