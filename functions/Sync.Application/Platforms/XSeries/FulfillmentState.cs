namespace Sync.Application.Platforms.XSeries;

public enum FulfillmentState { Open, Started, Picked, Packed, Fulfilled }
