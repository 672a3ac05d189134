using Sync.Rules.Inventory;

namespace Sync.Rules.Orders;

/// One eCom order to place on POS outlets.
public sealed record AllocationRequest(
    IReadOnlyList<OrderLine> Lines,
    string? ShippingMethodName,
    ConnectedOutlets Connected,
    OutletStock Stock);
