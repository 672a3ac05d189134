namespace Sync.Rules.Customers;

/// CUS-1's email comparison, and masking for logs.
public static class EmailAddress
{
    /// Trimmed and case-insensitive (lower-cased); blank is no email.
    public static string? Normalise(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// "jane@example.com" → "j***@example.com": no PII in logs.
    public static string Mask(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at < 0 ? "***" : $"{email![..Math.Min(1, at)]}***{email[at..]}";
    }
}
