namespace Sync.Rules.Status;

/// POS fulfillment `state`, with the UI names: Open = New, Started = In progress, Fulfilled = Completed.
public enum PosFulfillmentState
{
    Open,
    Started,
    Picked,
    Packed,
    Fulfilled,
}
