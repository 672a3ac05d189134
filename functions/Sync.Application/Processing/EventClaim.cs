namespace Sync.Application.Processing;

/// <summary>What a run found when it tried to claim an event.</summary>
public abstract record EventClaim
{
    private EventClaim()
    {
    }

    /// <summary>This run may apply the event; <see cref="Version"/> proves the claim is still its own when it records the result.</summary>
    public sealed record Claimed(string EventKey, string Version) : EventClaim;

    public sealed record Applied : EventClaim;

    /// <summary>Another run is applying it (or has just claimed it).</summary>
    public sealed record Held(DateTimeOffset Until) : EventClaim;
}
