using Sync.Application.Platforms.XSeries;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.XSeries;

internal static class Sales
{
    public static SaleDraft Draft(XSeriesDemoStore demo, string sourceId, SaleState state, params (string ProductId, decimal Quantity)[] lines) => new(
        demo.OnlineRegisters[0].Id,
        demo.User.Id,
        null,
        new DateTimeOffset(2025, 5, 1, 10, 0, 0, TimeSpan.Zero),
        SaleDraft.OnlineSource,
        sourceId,
        state,
        [],
        null,
        lines.Select(l => new SaleDraftLine(l.ProductId, l.Quantity, 10m, 0m, demo.NoTaxId, null)).ToList(),
        [new SaleDraftPayment(demo.PaymentTypes[1].Id, lines.Sum(l => l.Quantity) * 10m, new DateTimeOffset(2025, 5, 1, 10, 0, 0, TimeSpan.Zero))]);
}
