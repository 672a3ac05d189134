namespace Sync.Rules.Notifications;

/// The POS page of one fulfillment. (Unsure: the path is inferred from the POS UI, not documented.)
public static class FulfillmentLink
{
    public static Uri For(string domainPrefix, string fulfillmentId) =>
        new($"https://{domainPrefix}.retail.lightspeed.app/fulfillments/{Uri.EscapeDataString(fulfillmentId)}");
}
