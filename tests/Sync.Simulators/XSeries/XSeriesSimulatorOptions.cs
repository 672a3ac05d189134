namespace Sync.Simulators.XSeries;

public sealed class XSeriesSimulatorOptions
{
    /// <summary>Set to <c>1</c> or <c>true</c> to run every simulator (so the whole suite) in sparse mode.</summary>
    public const string SparseVariable = "XSERIES_SIM_SPARSE";

    public string DomainPrefix { get; set; } = "simstore";
    public string PersonalToken { get; set; } = "personal-token";
    public string ClientId { get; set; } = "client-id";
    public string ClientSecret { get; set; } = "client-secret";
    public int Registers { get; set; } = 1;
    public bool SignBase64 { get; set; }
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Answers leave out every field the vendor's schema marks optional (see <c>XSeriesSimulator.Answers.cs</c>).</summary>
    public bool Sparse { get; set; } = Environment.GetEnvironmentVariable(SparseVariable) is "1" or "true";

    /// <summary>Keeps every JSON answer in <see cref="XSeriesSimulator.Answers"/>, for validation against the vendor's schemas.</summary>
    public bool RecordAnswers { get; set; }
}
