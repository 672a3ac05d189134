namespace Sync.Application.Platforms.XSeries;

public enum FulfillmentType { Pickup, Dispatch }
