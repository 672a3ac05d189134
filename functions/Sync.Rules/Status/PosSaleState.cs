namespace Sync.Rules.Status;

/// POS sale `state`. Closed is "finalized" (ST-9); Voided is final (ST-8).
public enum PosSaleState
{
    Parked,
    Pending,
    Closed,
    Voided,
}
