namespace Sync.Rules.Customers;

/// A POS customer profile found by an email search (which may match loosely: CUS-1 picks exact ones).
public sealed record PosCustomer(
    string Id, string? Email, string? FirstName, string? LastName, DateTimeOffset CreatedAt, DateTimeOffset? DeletedAt);
