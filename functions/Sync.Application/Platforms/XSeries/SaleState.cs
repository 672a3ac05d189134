namespace Sync.Application.Platforms.XSeries;

public enum SaleState { Parked, Pending, Closed, Voided }
