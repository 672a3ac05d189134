namespace Sync.Infrastructure.State;

/// <summary>The tables the app keeps its state in; infra/ creates the same names.</summary>
public static class TableNames
{
    public const string Events = "SyncEvents";
    public const string Attempts = "SyncAttempts";
    public const string Audit = "SyncAudit";
    public const string Parked = "SyncParked";
    public const string Tokens = "SyncTokens";
    public const string Settings = "SyncSettings";
    public const string Inventory = "SyncInventory";
    public const string Links = "SyncLinks";
    public const string OrderLeases = "SyncOrderLeases";
    public const string Customers = "SyncCustomers";
    public const string Notifications = "SyncNotifications";
    public const string NotificationReads = "SyncNotificationReads";
    public const string Watermarks = "SyncWatermarks";
    public const string Status = "SyncStatus";
    public const string Reports = "SyncReports";
}
