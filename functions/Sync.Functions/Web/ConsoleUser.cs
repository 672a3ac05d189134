namespace Sync.Functions.Web;

/// <summary>Who uses the console: the POS user they are (for NOT-2) and their app roles.</summary>
public sealed record ConsoleUser(string PosUserId, string Name, IReadOnlySet<string> Roles)
{
    public const string Staff = "staff";
    public const string Operator = "operator";

    public bool Is(string role) => Roles.Contains(role);
}
