namespace Sync.Application.Inventory;

/// <summary>
/// Which outlet each POS register belongs to, kept for the process: registers seldom move between
/// outlets, and reading them on every flush would add a POS call to each.
/// </summary>
public sealed class RegisterOutlets(TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private (IReadOnlyDictionary<string, string> OutletByRegister, DateTimeOffset ReadAt)? kept;

    public IReadOnlyDictionary<string, string>? Current =>
        kept is { } hit && clock.GetUtcNow() - hit.ReadAt < KeepFor ? hit.OutletByRegister : null;

    public void Keep(IReadOnlyDictionary<string, string> outletByRegister) => kept = (outletByRegister, clock.GetUtcNow());
}
