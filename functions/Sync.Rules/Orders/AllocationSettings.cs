namespace Sync.Rules.Orders;

/// The merchant's choices for ORD-6 and ORD-7: shipping method name → outlet id, and outlet priority
/// (first is highest).
public sealed record AllocationSettings(
    IReadOnlyDictionary<string, string> ShippingMethodOutlets,
    IReadOnlyList<string> OutletPriority,
    string OnlineRegisterOutletId);
