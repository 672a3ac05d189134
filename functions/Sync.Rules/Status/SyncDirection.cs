namespace Sync.Rules.Status;

/// Which way a status change travels: from the platform where it happened to the other one.
public enum SyncDirection
{
    EcomToPos,
    PosToEcom,
}
