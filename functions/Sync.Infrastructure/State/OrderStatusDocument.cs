namespace Sync.Infrastructure.State;

/// <summary>The stored shape of an order's status state; statuses by name, so the document reads in Storage Explorer.</summary>
internal sealed record OrderStatusDocument(
    string OrderNumber,
    string Kind,
    string EcomPayment,
    string EcomFulfillment,
    string PosSale,
    string PosPayment,
    Dictionary<string, string> PosFulfillments,
    List<StatusChangeDocument> WrittenToEcom,
    List<StatusChangeDocument> WrittenToPos,
    List<PendingWriteDocument> Pending);

/// <param name="Type">The <c>StatusChange</c> case, e.g. <c>PosFulfillment</c>.</param>
internal sealed record StatusChangeDocument(string Type, string? Value, string? FulfillmentId);

internal sealed record PendingWriteDocument(StatusChangeDocument Write, string RuleId, string? EventKey, DateTimeOffset DecidedAt);
