namespace Sync.Rules.Notifications;

/// NOT-1: a new-order notification for one fulfillment, with the link staff follow to start picking.
public sealed record OrderNotification(string OrderNumber, string FulfillmentId, string OutletId, Uri Link);
