namespace Sync.Rules.Status;

/// eCom `fulfillmentStatus`. WillNotDeliver is the UI's "Delivery canceled".
public enum EcomFulfillmentStatus
{
    AwaitingProcessing,
    Processing,
    Shipped,
    Delivered,
    WillNotDeliver,
    Returned,
    ReadyForPickup,
    OutForDelivery,
}
