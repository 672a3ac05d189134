namespace Sync.Application.Platforms.XSeries;

public sealed record SalePayment(string Id, string PaymentTypeId, decimal Amount, DateTimeOffset PaymentDate);
