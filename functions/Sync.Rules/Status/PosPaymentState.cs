namespace Sync.Rules.Status;

/// Where a POS sale's money stands, in the order it can only move: paid, then returned in part or whole.
public enum PosPaymentState
{
    Unpaid,
    Paid,
    PartiallyReturned,
    Returned,
}
