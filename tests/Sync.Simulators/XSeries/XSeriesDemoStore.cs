namespace Sync.Simulators.XSeries;

/// <summary>What <see cref="XSeriesSimulator.SeedDemoStore"/> made: ids to drive tests and demos with.</summary>
public sealed record XSeriesDemoStore(
    IReadOnlyList<SimOutlet> Outlets,
    IReadOnlyList<SimRegister> OnlineRegisters,
    SimUser User,
    IReadOnlyList<SimPaymentType> PaymentTypes,
    IReadOnlyList<SimProduct> Products,
    IReadOnlyList<SimCustomer> Customers,
    string NoTaxId);
