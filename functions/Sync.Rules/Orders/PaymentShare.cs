namespace Sync.Rules.Orders;

/// The part of an order's payment recorded on one outlet's sale.
public sealed record PaymentShare(string OutletId, decimal Amount);
