namespace Sync.Application.Telemetry;

/// <summary>Keeps personal data out of logs.</summary>
public static class Redact
{
    /// <summary><c>jane.doe@example.com</c> becomes <c>j***@example.com</c>.</summary>
    public static string Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return "(none)";
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : $"{email[0]}***{email[at..]}";
    }
}
