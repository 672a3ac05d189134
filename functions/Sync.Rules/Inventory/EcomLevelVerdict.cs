namespace Sync.Rules.Inventory;

/// INV-5: what an eCom level we did not write means, and the level to write (null: write nothing).
public abstract record EcomLevelVerdict(OnlineStock? Write)
{
    /// eCom shows what it should.
    public sealed record InStep() : EcomLevelVerdict(Write: null);

    /// eCom lowered its own stock for orders POS has not seen yet: not an edit. Write is set only when
    /// POS itself moved since our last write (INV-4).
    public sealed record ExplainedByOrders(OnlineStock? Write) : EcomLevelVerdict(Write);

    /// Someone else changed the level: put it back to the POS value.
    public sealed record ManualEdit(OnlineStock PutBackTo) : EcomLevelVerdict(PutBackTo);
}
