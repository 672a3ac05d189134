namespace Sync.Rules.Customers;

/// POS requires first_name and last_name; an eCom order has one name (or none).
public static class CustomerName
{
    /// CUS-3: the last word is the last name, the rest the first name ("Mary Ann Smith" → "Mary Ann",
    /// "Smith"). Decision: a one-word name is a first name with an empty last name.
    public static (string First, string Last) Split(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 1 ? (words[0], "") : (string.Join(' ', words[..^1]), words[^1]);
    }

    /// CUS-4: no name, so the email is the name. Decision: the whole email becomes first_name and
    /// last_name stays empty, so POS shows exactly the email. (Unsure: POS may refuse an empty
    /// last_name; if so, this is the one place to change.)
    public static (string First, string Last) FromEmail(string email) => (email, "");
}
