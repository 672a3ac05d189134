namespace Sync.Rules.Status;

/// ST-12: the statuses this service last wrote to each platform for one order (the caller stores it).
public sealed record LastWritten(IReadOnlyList<StatusChange> ToEcom, IReadOnlyList<StatusChange> ToPos)
{
    public static LastWritten Nothing { get; } = new([], []);

    /// An incoming change equal to what we wrote to its platform is our own write coming back.
    public bool Echoes(StatusChange incoming) =>
        (incoming.Platform == Platform.Ecom ? ToEcom : ToPos).Any(written => Same(written, incoming));

    public LastWritten With(IEnumerable<StatusChange> writes)
    {
        var all = writes.ToList();
        var toEcom = all.Where(w => w.Platform == Platform.Ecom).ToList();
        var toPos = all.Where(w => w.Platform == Platform.Pos).ToList();
        return new(toEcom.Count > 0 ? toEcom : ToEcom, toPos.Count > 0 ? toPos : ToPos);
    }

    // Completing "all fulfillments" comes back as one webhook per fulfillment.
    private static bool Same(StatusChange written, StatusChange incoming) =>
        written == incoming
        || (written is StatusChange.AllPosFulfillments all && incoming is StatusChange.PosFulfillment one && all.State == one.State);
}
