namespace Sync.Application.Platforms.XSeries;

public sealed record PosCustomer(string Id, string FirstName, string LastName, string? Email);
