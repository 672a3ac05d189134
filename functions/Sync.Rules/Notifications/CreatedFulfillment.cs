namespace Sync.Rules.Notifications;

/// A POS fulfillment just created for a new eCom order.
public sealed record CreatedFulfillment(string FulfillmentId, string OutletId);
