namespace Sync.Application.Platforms.XSeries;

public sealed record NewCustomer(string FirstName, string LastName, string Email, string? Phone);
