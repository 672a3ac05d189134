namespace Sync.Application.Platforms.XSeries;

public sealed record SaleDraftPayment(string PaymentTypeId, decimal Amount, DateTimeOffset PaymentDate);
