namespace Sync.Application.Platforms.XSeries;

/// <summary>An edit carries the <see cref="Id"/> of each existing payment: the 0.9 API creates a payment posted without one anew.</summary>
public sealed record SaleDraftPayment(string PaymentTypeId, decimal Amount, DateTimeOffset PaymentDate, string? Id = null);
