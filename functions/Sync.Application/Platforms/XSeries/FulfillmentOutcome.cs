namespace Sync.Application.Platforms.XSeries;

/// <summary>
/// Advanced (to <see cref="NewVersion"/> where the answer gave one: the schema makes it optional), or refused because the version
/// was stale (someone else moved it first).
/// </summary>
public sealed record FulfillmentOutcome(bool Stale, long? NewVersion)
{
    public static FulfillmentOutcome Advanced(long? newVersion) => new(false, newVersion);
    public static readonly FulfillmentOutcome StaleVersion = new(true, null);
}
