namespace Sync.Simulators.XSeries;

public sealed class XSeriesSimulatorOptions
{
    public string DomainPrefix { get; set; } = "simstore";
    public string PersonalToken { get; set; } = "personal-token";
    public string ClientId { get; set; } = "client-id";
    public string ClientSecret { get; set; } = "client-secret";
    public int Registers { get; set; } = 1;
    public bool SignBase64 { get; set; }
    public TimeProvider Time { get; set; } = TimeProvider.System;
}
