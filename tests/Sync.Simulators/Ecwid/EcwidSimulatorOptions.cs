namespace Sync.Simulators.Ecwid;

public sealed class EcwidSimulatorOptions
{
    public long StoreId { get; set; } = 1003;
    public string AccessToken { get; set; } = "secret_token";
    public string ClientSecret { get; set; } = "ecwid-client-secret";
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>The merchant's order id prefix and suffix (<c>SHOP-XK45J-EU</c>); empty by default.</summary>
    public string OrderIdPrefix { get; set; } = "";
    public string OrderIdSuffix { get; set; } = "";

    /// <summary>Seeds the random order ids; null draws a seed.</summary>
    public int? Seed { get; set; }

    /// <summary>The documented budget: requests per minute per token.</summary>
    public int RequestsPerMinute { get; set; } = 600;
}
