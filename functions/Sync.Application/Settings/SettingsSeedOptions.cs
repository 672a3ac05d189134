namespace Sync.Application.Settings;

/// <summary>
/// Configuration section <c>Sync:Seed</c>: the store's names for a first deploy (azd environment values), resolved
/// to ids against POS at start and saved as the runtime settings while none are stored. Lists are comma-separated.
/// </summary>
public sealed class SettingsSeedOptions
{
    public const string Section = "Sync:Seed";

    /// <summary>The register eCom orders are recorded on; its outlet is connected.</summary>
    public string? OnlineRegisterName { get; set; }

    /// <summary>Other outlets whose stock counts online (INV-1).</summary>
    public string? ConnectedOutletNames { get; set; }

    /// <summary>One register per other connected outlet, for its part of a split order (ORD-8).</summary>
    public string? OutletRegisterNames { get; set; }

    /// <summary>The POS user online sales are recorded as (display name or username).</summary>
    public string? SaleUserName { get; set; }

    /// <summary>The store's 0 % tax.</summary>
    public string NoTaxName { get; set; } = "No Tax";

    /// <summary>ORD-11: the SKU of the product that records shipping charges (optional).</summary>
    public string? ShippingProductSku { get; set; }

    public bool Any => OnlineRegisterName is { Length: > 0 } || SaleUserName is { Length: > 0 } || ConnectedOutletNames is { Length: > 0 };
}
