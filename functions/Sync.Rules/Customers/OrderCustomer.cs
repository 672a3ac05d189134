namespace Sync.Rules.Customers;

/// Who placed an eCom order: its email and billing person's name, either possibly missing.
public sealed record OrderCustomer(string? Email, string? Name);
