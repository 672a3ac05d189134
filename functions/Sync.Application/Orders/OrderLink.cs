namespace Sync.Application.Orders;

/// <summary>
/// An eCom order and the POS records made for it (ORD-10: exactly one set). A link is claimed before the
/// first sale is created and completed when every sale is recorded.
/// </summary>
/// <param name="Kind">The order's fulfillment kind from its shipping option: SHIPPING, PICKUP or DELIVERY.</param>
public sealed record OrderLink(
    string OrderId,
    string Kind,
    IReadOnlyList<SaleLink> Sales,
    bool Complete,
    DateTimeOffset ClaimedAt);
