namespace Sync.Rules.Customers;

/// POS requires first_name and last_name, both non-empty; an eCom order has one name (or none).
public static class CustomerName
{
    /// Decision: the last name an order cannot provide (a one-word name, or no name at all).
    public const string NoLastName = "-";

    /// CUS-3: the last word is the last name, the rest the first name ("Mary Ann Smith" → "Mary Ann",
    /// "Smith"). Decision: a one-word name is a first name, with <see cref="NoLastName"/>.
    public static (string First, string Last) Split(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 1 ? (words[0], NoLastName) : (string.Join(' ', words[..^1]), words[^1]);
    }

    /// CUS-4: no name, so the email is the name. Decision: the whole email becomes first_name and
    /// last_name is <see cref="NoLastName"/>: POS refuses an empty last_name (the customers API requires it).
    public static (string First, string Last) FromEmail(string email) => (email, NoLastName);
}
