namespace Sync.Simulators.Ecwid;

public sealed class EcwidSimulatorOptions
{
    public long StoreId { get; set; } = 1003;
    public string AccessToken { get; set; } = "secret_token";
    public string ClientSecret { get; set; } = "ecwid-client-secret";
    public TimeProvider Time { get; set; } = TimeProvider.System;
}
