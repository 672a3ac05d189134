namespace Sync.Rules.Status;

/// What must hold of the order, besides the change itself, for a table row to apply.
public enum StatusCondition
{
    Always,
    /// ST-8: the eCom payment is Canceled or the POS sale is voided.
    OrderLocked,
    /// ST-9: the POS sale is finalized.
    SaleClosed,
    SaleUnpaid,
    /// ST-11: another part of a split order is less advanced than the part that changed.
    OtherPartsBehind,
}
