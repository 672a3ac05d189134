namespace Sync.Application.Platforms.XSeries;

public enum FulfillmentStep { Pick, Pack, Fulfill }
