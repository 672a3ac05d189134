namespace Sync.Application.Platforms.XSeries;

/// <summary>SERVICE fulfillments (repairs, services booked with a sale) exist too: read, and left alone by the sync.</summary>
public enum FulfillmentType { Pickup, Dispatch, Service }
