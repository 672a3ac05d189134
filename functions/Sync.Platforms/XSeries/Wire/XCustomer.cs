namespace Sync.Platforms.XSeries.Wire;

internal sealed record XCustomer(string? Id, string? FirstName, string? LastName, string? Email, DateTimeOffset? CreatedAt, DateTimeOffset? DeletedAt);

internal sealed record XNewCustomer(string FirstName, string LastName, string Email, string? Phone);
